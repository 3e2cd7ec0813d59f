import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Comment, type Activity } from '#domain/activities';
import { deleteActivity, reopenActivity, returnActivity, submitActivity, verifyActivity } from '#web/features/activities/api.ts';
import { DuplicatesWarning } from '#web/features/activities/DuplicatesWarning.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useT } from '#web/i18n/language.tsx';
import { ConfirmDelete } from '#web/forms/ConfirmDelete.tsx';
import { TextForm } from '#web/forms/TextForm.tsx';
import '#web/i18n/pages.ts';

export type ActionDone = 'submitted' | 'verified' | 'returned' | 'reopened';

interface ActivityActionsProps {
  activity: Activity;
  onChanged: (activity: Activity, done: ActionDone) => void;
}

type Open = 'none' | 'return' | 'reopen' | 'delete' | 'duplicates';

/** Only the buttons the server says this person may use now (`allowed`); the server refuses the rest anyway. */
export function ActivityActions({ activity, onChanged }: ActivityActionsProps) {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState<Open>('none');
  const sending = useSubmit();
  const { busy, error } = sending;
  const may = (op: Activity['allowed'][number]) => activity.allowed.includes(op);

  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    const sent = await sending.run(action);
    if (sent.ok) setOpen('none');
    return sent.ok;
  };

  const change = (request: () => Promise<Activity>, done: ActionDone) => run(async () => onChanged(await request(), done));
  const submit = () =>
    activity.possibleDuplicates.length > 0 && open !== 'duplicates'
      ? setOpen('duplicates')
      : void change(() => submitActivity(activity.id), 'submitted');

  const buttons = [may('edit'), may('submit'), may('delete'), may('verify'), may('return'), may('reopen')];
  if (!buttons.some(Boolean)) return null;

  return (
    <section className="card activity-actions" aria-labelledby="activity-actions-title">
      <h2 id="activity-actions-title">{t('activity.actions')}</h2>
      {error && <ErrorNotice error={error} fieldIds={{ comment: 'activity-return-text', reason: 'activity-reopen-text' }} />}
      <div className="button-row">
        {may('verify') && (
          <button
            type="button"
            className="button button--large"
            disabled={busy}
            onClick={() => void change(() => verifyActivity(activity.id), 'verified')}
          >
            {t('activity.verify')}
          </button>
        )}
        {may('return') && (
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={open === 'return'}
            onClick={() => setOpen(open === 'return' ? 'none' : 'return')}
          >
            {t('activity.return')}
          </button>
        )}
        {may('submit') && (
          <button type="button" className="button button--large" disabled={busy} onClick={submit}>
            {activity.status === 'returned' ? t('activity.resubmit') : t('activity.submit')}
          </button>
        )}
        {may('edit') && (
          <Link className="button button--secondary" to={`/kegiatan/${activity.id}/ubah`}>
            {t('activity.edit')}
          </Link>
        )}
        {may('reopen') && (
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={open === 'reopen'}
            onClick={() => setOpen(open === 'reopen' ? 'none' : 'reopen')}
          >
            {t('activity.reopen')}
          </button>
        )}
        {may('delete') && (
          <button
            type="button"
            className="button button--danger"
            aria-expanded={open === 'delete'}
            onClick={() => setOpen(open === 'delete' ? 'none' : 'delete')}
          >
            {t('activity.delete')}
          </button>
        )}
      </div>

      {open === 'duplicates' && (
        <DuplicatesWarning
          duplicates={activity.possibleDuplicates}
          busy={busy}
          onSendAnyway={() => void change(() => submitActivity(activity.id), 'submitted')}
          onCancel={() => setOpen('none')}
          cancelLabel={t('duplicates.notNow')}
        />
      )}
      {open === 'return' && (
        <TextForm
          id="activity-return-text"
          label={t('activity.returnComment')}
          hint={t('activity.returnHint')}
          submitLabel={t('activity.returnSubmit')}
          busy={busy}
          schema={Comment}
          field="comment"
          onSubmit={(comment) => change(() => returnActivity(activity.id, comment), 'returned')}
          onCancel={() => setOpen('none')}
        />
      )}
      {open === 'reopen' && (
        <TextForm
          id="activity-reopen-text"
          label={t('activity.reopenReason')}
          hint={t('activity.reopenHint')}
          submitLabel={t('activity.reopenSubmit')}
          busy={busy}
          schema={Comment}
          field="reason"
          onSubmit={(reason) => change(() => reopenActivity(activity.id, reason), 'reopened')}
          onCancel={() => setOpen('none')}
        />
      )}
      {open === 'delete' && (
        <ConfirmDelete
          question={t('activity.deleteConfirm')}
          yesLabel={t('activity.deleteYes')}
          cancelLabel={t('activity.cancel')}
          busy={busy}
          onYes={() =>
            void run(async () => {
              await deleteActivity(activity.id);
              await navigate('/kegiatan', { state: { deleted: activity.title } });
            })
          }
          onCancel={() => setOpen('none')}
        />
      )}
    </section>
  );
}
