import { useState, type FormEvent } from 'react';
import { formatDate } from '#domain/calendar';
import { CreateProblemActionBody, dueDateBounds, problemLimits, type Problem, type ProblemAction } from '#domain/problems';
import { formatDateTime } from '#web/features/activities/format.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { addProblemAction, updateProblemAction } from '../api';
import { OverdueMark } from '../ProblemStatusBadge';
import '../messages.ts';

interface FollowUpActionsProps {
  problem: Problem;
  onChanged: () => Promise<void>;
}

/** The follow-up: what is to be done, by whom, by when; ticked done as it is. An overdue one is marked in words. */
export function FollowUpActions({ problem, onChanged }: FollowUpActionsProps) {
  const { t } = useLanguage();
  const ticking = useSubmit();
  const mayTick = problem.allowed.includes('editAction');
  const mayAdd = problem.allowed.includes('addAction');
  const open = problem.actions.filter((a) => !a.done).length;
  const overdue = problem.actions.filter((a) => a.overdue).length;

  const tick = async (action: ProblemAction, done: boolean): Promise<boolean> => {
    const sent = await ticking.run(async () => {
      await updateProblemAction(problem.id, action.id, { done });
      await onChanged();
    });
    return sent.ok;
  };

  return (
    <section aria-labelledby="problem-actions-title">
      <h2 id="problem-actions-title">{t('problem.actions.title')}</h2>
      {problem.actions.length === 0 ? (
        <p>{t('problem.actions.none')}</p>
      ) : (
        <p>
          {t('problem.actions.summary', { count: problem.actions.length, open })}
          {overdue > 0 && (
            <>
              {' '}
              <OverdueMark>{t('problems.overdueCount', { count: overdue })}</OverdueMark>
            </>
          )}
        </p>
      )}
      {ticking.error && <ErrorNotice error={ticking.error} />}
      {problem.actions.length > 0 && (
        <ul className="follow-ups">
          {problem.actions.map((action) => (
            // Keyed by its state too: once the server's answer shows, the local tick is done with.
            <FollowUp
              key={`${action.id}:${action.updatedAt}`}
              action={action}
              disabled={!mayTick || ticking.busy}
              onTick={(done) => tick(action, done)}
            />
          ))}
        </ul>
      )}
      {mayAdd && <AddActionForm problemId={problem.id} onAdded={onChanged} />}
    </section>
  );
}

interface FollowUpProps {
  action: ProblemAction;
  disabled: boolean;
  /** Resolves true once the server has it. */
  onTick: (done: boolean) => Promise<boolean>;
}

function FollowUp({ action, disabled, onTick }: FollowUpProps) {
  const { t, locale } = useLanguage();
  // The tick shows at once, while it is sent; a refusal puts it back as the server has it.
  const [ticked, setTicked] = useState<boolean | null>(null);
  const checkedNow = ticked ?? action.done;
  const tick = async (done: boolean) => {
    setTicked(done);
    if (!(await onTick(done))) setTicked(null);
  };
  const classes = ['follow-up', action.done ? 'follow-up--done' : '', action.overdue ? 'follow-up--overdue' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes}>
      <label className="checkbox follow-up__what">
        <input type="checkbox" checked={checkedNow} disabled={disabled} onChange={(e) => void tick(e.target.checked)} />
        <span>
          <span className="visually-hidden">{t('problem.actions.doneLabel')} </span>
          {action.what}
        </span>
      </label>
      <p className="follow-up__meta">
        <span>{t('problem.actions.owner', { owner: action.owner })}</span>
        <span>{t('problem.actions.due', { date: formatDate(action.dueDate, locale) })}</span>
        {action.overdue && <OverdueMark>{t('problem.actions.overdue')}</OverdueMark>}
        {action.done && action.doneAt !== null && (
          <span>
            {t('problem.actions.doneBy', {
              name: action.doneBy?.displayName ?? action.doneBy?.username ?? '—',
              at: formatDateTime(action.doneAt, locale),
            })}
          </span>
        )}
      </p>
    </li>
  );
}

const addIds = { what: 'problem-action-what', owner: 'problem-action-owner', dueDate: 'problem-action-due' } as const;

function AddActionForm({ problemId, onAdded }: { problemId: number; onAdded: () => Promise<void> }) {
  const { t } = useLanguage();
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const form = useSubmit();
  const errors = form.fieldErrors;

  const send = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(checked(CreateProblemActionBody.safeParse({ what, owner, dueDate })), async (body) => {
      await addProblemAction(problemId, body);
      setWhat('');
      setOwner('');
      setDueDate('');
      await onAdded();
    });
  };

  return (
    <form className="form card follow-up-form" onSubmit={send} noValidate aria-labelledby="problem-action-add">
      <h3 id="problem-action-add">{t('problem.actions.add')}</h3>
      <Field id={addIds.what} label={t('field.what')} hint={t('problem.actions.whatHint')} error={errors['what']}>
        {(control) => (
          <input
            {...control}
            name="what"
            autoComplete="off"
            maxLength={problemLimits.what}
            value={what}
            onChange={(e) => setWhat(e.target.value)}
          />
        )}
      </Field>
      <Field id={addIds.owner} label={t('field.owner')} hint={t('problem.actions.ownerHint')} error={errors['owner']}>
        {(control) => (
          <input
            {...control}
            name="owner"
            autoComplete="off"
            maxLength={problemLimits.owner}
            value={owner}
            onChange={(e) => setOwner(e.target.value)}
          />
        )}
      </Field>
      <Field id={addIds.dueDate} label={t('field.dueDate')} error={errors['dueDate']}>
        {(control) => (
          <input
            {...control}
            type="date"
            name="dueDate"
            min={dueDateBounds.earliest}
            max={dueDateBounds.latest}
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
          />
        )}
      </Field>
      {form.error && <ErrorNotice error={form.error} fieldIds={addIds} />}
      <button type="submit" className="button" disabled={form.busy}>
        {t('problem.actions.addSubmit')}
      </button>
    </form>
  );
}
