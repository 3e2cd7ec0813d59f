import type { User } from '#domain/users';
import { RegionName } from '#web/features/regions/RegionName.tsx';
import { useT } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

function Scope({ user }: { user: User }) {
  const t = useT();
  if (user.partnerId !== undefined) return <>{user.partnerName ?? t('scope.partner', { partner: user.partnerId })}</>;
  if (user.regionCode === undefined) return <>{t('scope.national')}</>;
  return (
    <>
      <RegionName code={user.regionCode} /> <code>{user.regionCode}</code>
    </>
  );
}

/** A table on wide screens; on a phone each row stacks into a card, its cells labelled by data-label. */
export function UserTable({ users }: { users: User[] }) {
  const t = useT();
  if (users.length === 0) return <p>{t('users.empty')}</p>;
  return (
    <table className="table table--stack">
      <caption>{t('users.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('users.col.name')}</th>
          <th scope="col">{t('users.col.username')}</th>
          <th scope="col">{t('users.col.role')}</th>
          <th scope="col">{t('users.col.scope')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row" data-label={t('users.col.name')}>
              {user.displayName ?? user.username}
            </th>
            <td data-label={t('users.col.username')}>{user.username}</td>
            <td data-label={t('users.col.role')}>{t(`role.${user.role}`)}</td>
            <td data-label={t('users.col.scope')}>
              <Scope user={user} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
