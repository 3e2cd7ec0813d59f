import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { CommentText } from '#domain/audit';
import type { Practice, PracticeOperation } from '#domain/practices';
import { ConfirmDelete } from '#web/forms/ConfirmDelete.tsx';
import { TextForm } from '#web/forms/TextForm.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useT } from '#web/i18n/language.tsx';
import { deletePractice, featurePractice, publishPractice, returnPractice, submitPractice } from './api';
import './messages.ts';
import '#web/i18n/pages.ts';

export type PracticeDone = 'submitted' | 'published' | 'returned' | 'featured' | 'unfeatured';

interface PracticeActionsProps {
  practice: Practice;
  onChanged: (practice: Practice, done: PracticeDone) => void;
}

type Open = 'none' | 'return' | 'delete';

/** Only the buttons the server says this person may use now (`allowed`); it refuses the rest anyway. */
export function PracticeActions({ practice, onChanged }: PracticeActionsProps) {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState<Open>('none');
  const sending = useSubmit();
  const { busy, error } = sending;
  const may = (op: PracticeOperation) => practice.allowed.includes(op);

  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    const sent = await sending.run(action);
    if (sent.ok) setOpen('none');
    return sent.ok;
  };
  const change = (request: () => Promise<Practice>, done: PracticeDone) => run(async () => onChanged(await request(), done));

  const shown: PracticeOperation[] = ['edit', 'delete', 'submit', 'publish', 'return', 'feature', 'unfeature'];
  if (!shown.some(may)) return null;

  return (
    <section className="card activity-actions" aria-labelledby="practice-actions-title">
      <h2 id="practice-actions-title">{t('practice.actions')}</h2>
      {error && <ErrorNotice error={error} fieldIds={{ comment: 'practice-return-text' }} />}
      <div className="button-row">
        {may('publish') && (
          <button
            type="button"
            className="button button--large"
            disabled={busy}
            onClick={() => void change(() => publishPractice(practice.id), 'published')}
          >
            {t('practice.publish')}
          </button>
        )}
        {may('return') && (
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={open === 'return'}
            onClick={() => setOpen(open === 'return' ? 'none' : 'return')}
          >
            {t('practice.return')}
          </button>
        )}
        {may('submit') && (
          <button
            type="button"
            className="button button--large"
            disabled={busy}
            onClick={() => void change(() => submitPractice(practice.id), 'submitted')}
          >
            {practice.status === 'returned' ? t('practice.resubmit') : t('practice.submit')}
          </button>
        )}
        {may('edit') && (
          <Link className="button button--secondary" to={`/praktik-baik/${practice.id}/ubah`}>
            {t('practice.edit')}
          </Link>
        )}
        {may('feature') && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void change(() => featurePractice(practice.id, true), 'featured')}
          >
            {t('practice.feature')}
          </button>
        )}
        {may('unfeature') && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void change(() => featurePractice(practice.id, false), 'unfeatured')}
          >
            {t('practice.unfeature')}
          </button>
        )}
        {may('delete') && (
          <button
            type="button"
            className="button button--danger"
            aria-expanded={open === 'delete'}
            onClick={() => setOpen(open === 'delete' ? 'none' : 'delete')}
          >
            {t('practice.delete')}
          </button>
        )}
      </div>

      {open === 'return' && (
        <TextForm
          id="practice-return-text"
          label={t('practice.returnComment')}
          hint={t('practice.returnHint')}
          submitLabel={t('practice.returnSubmit')}
          busy={busy}
          schema={CommentText}
          field="comment"
          onSubmit={(comment) => change(() => returnPractice(practice.id, comment), 'returned')}
          onCancel={() => setOpen('none')}
        />
      )}
      {open === 'delete' && (
        <ConfirmDelete
          question={t('practice.deleteConfirm')}
          yesLabel={t('practice.deleteYes')}
          cancelLabel={t('activity.cancel')}
          busy={busy}
          onYes={() =>
            void run(async () => {
              await deletePractice(practice.id);
              await navigate('/praktik-baik', { state: { deleted: practice.title } });
            })
          }
          onCancel={() => setOpen('none')}
        />
      )}
    </section>
  );
}
