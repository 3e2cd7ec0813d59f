import { Link } from 'react-router-dom';
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

/**
 * A table on wide screens; on a phone each row stacks into a card, its cells labelled by
 * data-label. For an admin each name opens the user's page.
 */
export function UserTable({ users, linked }: { users: User[]; linked: boolean }) {
  const t = useT();
  return (
    <table className="table table--stack">
      <caption>{t('users.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('users.col.name')}</th>
          <th scope="col">{t('users.col.username')}</th>
          <th scope="col">{t('users.col.role')}</th>
          <th scope="col">{t('users.col.scope')}</th>
          <th scope="col">{t('users.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row" data-label={t('users.col.name')}>
              {linked ? <Link to={`/pengguna/${user.id}`}>{user.displayName ?? user.username}</Link> : (user.displayName ?? user.username)}
            </th>
            <td data-label={t('users.col.username')}>{user.username}</td>
            <td data-label={t('users.col.role')}>{t(`role.${user.role}`)}</td>
            <td data-label={t('users.col.scope')}>
              <Scope user={user} />
            </td>
            <td data-label={t('users.col.status')}>
              {user.active ? t('users.active.true') : <strong>{t('users.active.false')}</strong>}
              {user.mustChangePassword && ` · ${t('users.mustChange')}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
