import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { CreateGatheringActionBody } from '#domain/gathering-actions';
import type { AgendaItem, Gathering, GatheringAction } from '#domain/gatherings';
import { problemLimits } from '#domain/problems';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { addFollowUp, updateFollowUp } from '../api';
import { meetingDay } from '../wording';
import '../messages.ts';

interface FollowUpsProps {
  gathering: Gathering;
  item: AgendaItem;
  onChanged: () => Promise<void>;
}

function FollowUpRow({ gathering, item, action, onChanged }: FollowUpsProps & { action: GatheringAction }) {
  const { t, locale } = useLanguage();
  const tick = useSubmit();
  const problem = item.problems?.find((p) => p.id === action.problemId);
  const toggle = (done: boolean) =>
    void tick.run(async () => {
      await updateFollowUp(gathering.id, item.id, action.id, { done });
      await onChanged();
    });
  const text = (
    <>
      <span className="follow-up__what">{action.what}</span>
      <span className="follow-up__meta">
        {t('gathering.followUpMeta', { owner: action.owner, due: meetingDay(action.dueDate, locale) })}
        {action.overdue && <span className="gathering-badge gathering-badge--late">{t('gathering.overdue')}</span>}
      </span>
    </>
  );
  return (
    <li className={action.done ? 'follow-up follow-up--done' : 'follow-up'}>
      {gathering.editable ? (
        <label className="checkbox follow-up__tick">
          <input type="checkbox" checked={action.done} disabled={tick.busy} onChange={(e) => toggle(e.target.checked)} />
          <span>{text}</span>
        </label>
      ) : (
        <p>
          <span className="follow-up__state">{action.done ? t('gathering.done') : t('gathering.notDone')}</span> {text}
        </p>
      )}
      {action.problemId !== null && (
        <p className="follow-up__problem">
          {problem ? (
            <Link to={`/kendala/${action.problemId}`}>{t('gathering.followUpOfProblem', { title: problem.title })}</Link>
          ) : (
            t('gathering.followUpOfHiddenProblem')
          )}
        </p>
      )}
      {tick.error && <ErrorNotice error={tick.error} />}
    </li>
  );
}

const emptyForm = { what: '', owner: '', dueDate: '', problemId: '' };

/** The follow-up actions the item decided, ticked as they are done; on a problem's item, one may become that problem's action. */
export function FollowUps({ gathering, item, onChanged }: FollowUpsProps) {
  const { t } = useLanguage();
  const [values, setValues] = useState(emptyForm);
  const [open, setOpen] = useState(false);
  const form = useSubmit();
  const ids = {
    what: `follow-up-what-${item.id}`,
    owner: `follow-up-owner-${item.id}`,
    dueDate: `follow-up-due-${item.id}`,
    problemId: `follow-up-problem-${item.id}`,
  };
  const labels = {
    what: t('gathering.followUpWhat'),
    owner: t('gathering.followUpOwner'),
    dueDate: t('gathering.followUpDue'),
    problemId: t('gathering.followUpProblem'),
  };
  const problems = item.kind === 'pemecahan_masalah' ? (item.problems ?? []) : [];
  const set = (key: keyof typeof emptyForm, value: string) => setValues((v) => ({ ...v, [key]: value }));

  const add = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      what: values.what,
      owner: values.owner,
      dueDate: values.dueDate,
      ...(values.problemId === '' ? {} : { problemId: Number(values.problemId) }),
    };
    void form.submit(checked(CreateGatheringActionBody.safeParse(body)), async (valid) => {
      await addFollowUp(gathering.id, item.id, valid);
      await onChanged();
      setValues(emptyForm);
      setOpen(false);
    });
  };

  if (item.actions.length === 0 && !gathering.editable) return null;
  return (
    <div className="agenda-item__follow-ups">
      <h4>{t('gathering.followUps')}</h4>
      {item.actions.length === 0 ? (
        <p className="agenda-item__none">{t('gathering.noFollowUps')}</p>
      ) : (
        <ul className="follow-ups">
          {item.actions.map((action) => (
            <FollowUpRow key={action.id} gathering={gathering} item={item} action={action} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {gathering.editable && !open && (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t('gathering.addFollowUp')}
        </button>
      )}
      {gathering.editable && open && (
        <form className="form follow-up-form" onSubmit={add} noValidate>
          {form.error && <ErrorNotice error={form.error} fieldIds={ids} labels={labels} />}
          <Field id={ids.what} label={labels.what} error={form.fieldErrors.what}>
            {(control) => (
              <input
                {...control}
                name="what"
                maxLength={problemLimits.what}
                value={values.what}
                onChange={(e) => set('what', e.target.value)}
              />
            )}
          </Field>
          <Field id={ids.owner} label={labels.owner} hint={t('gathering.followUpOwnerHint')} error={form.fieldErrors.owner}>
            {(control) => (
              <input
                {...control}
                name="owner"
                maxLength={problemLimits.owner}
                value={values.owner}
                onChange={(e) => set('owner', e.target.value)}
              />
            )}
          </Field>
          <Field id={ids.dueDate} label={labels.dueDate} error={form.fieldErrors.dueDate}>
            {(control) => (
              <input {...control} name="dueDate" type="date" value={values.dueDate} onChange={(e) => set('dueDate', e.target.value)} />
            )}
          </Field>
          {problems.length > 0 && (
            <Field
              id={ids.problemId}
              label={labels.problemId}
              hint={t('gathering.followUpProblemHint')}
              error={form.fieldErrors.problemId}
              optional
            >
              {(control) => (
                <select {...control} name="problemId" value={values.problemId} onChange={(e) => set('problemId', e.target.value)}>
                  <option value="">{t('gathering.followUpNoProblem')}</option>
                  {problems.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.title} · {p.partnerName}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <div className="button-row">
            <button type="submit" className="button" disabled={form.busy}>
              {form.busy ? t('gathering.saving') : t('gathering.saveFollowUp')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
              {t('gathering.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
