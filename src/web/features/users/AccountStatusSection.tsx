import { useState } from 'react';
import type { User } from '#domain/users';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useT } from '#web/i18n/language.tsx';
import { updateUser } from './api';
import { ConfirmStep } from './ConfirmStep';
import '#web/i18n/pages.ts';

/** Deactivating ends the user's sessions at once; reactivating lets it log in again. Both asked twice. */
export function AccountStatusSection({ user, onSaved }: { user: User; onSaved: (user: User) => void }) {
  const t = useT();
  const action = useSubmit();
  const [done, setDone] = useState<'on' | 'off' | null>(null);
  const name = user.displayName ?? user.username;
  const change = (active: boolean) =>
    void action.run(async () => {
      const updated = await updateUser(user.id, { active });
      setDone(active ? 'on' : 'off');
      onSaved(updated);
    });

  return (
    <section className="card" aria-labelledby="user-status-title">
      <h2 id="user-status-title">{t('users.active.title')}</h2>
      <p>{user.active ? t('users.active.isActive') : t('users.active.isInactive')}</p>
      {action.error && <ErrorNotice error={action.error} />}
      {user.active ? (
        <ConfirmStep
          start={t('users.active.deactivate')}
          question={t('users.active.confirmDeactivate', { name })}
          yes={t('users.active.yesDeactivate')}
          busy={action.busy}
          danger
          onConfirm={() => change(false)}
        />
      ) : (
        <ConfirmStep
          start={t('users.active.reactivate')}
          question={t('users.active.confirmReactivate', { name })}
          yes={t('users.active.yesReactivate')}
          busy={action.busy}
          onConfirm={() => change(true)}
        />
      )}
      <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
        {done === 'off' ? t('users.active.doneOff') : done === 'on' ? t('users.active.doneOn') : ''}
      </p>
    </section>
  );
}
