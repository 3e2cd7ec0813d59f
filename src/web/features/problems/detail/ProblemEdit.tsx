import { useState, type FormEvent } from 'react';
import { UpdateProblemBody, type Problem } from '#domain/problems';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { checked } from '#web/forms/issues.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useT } from '#web/i18n/language.tsx';
import { editProblem } from '../api';
import { problemFieldIds, ProblemFields, type ProblemText } from '../ProblemFields';
import '../messages.ts';
import '#web/i18n/pages.ts';

/** Mending what a problem says (a clearer title, the right category) while it is still worked on; the trail keeps the old words. */
export function ProblemEdit({ problem, onSaved }: { problem: Problem; onSaved: (problem: Problem) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<ProblemText>({ title: problem.title, category: problem.category, description: problem.description });
  const set = <K extends keyof ProblemText>(field: K, value: ProblemText[K]) => setValues((current) => ({ ...current, [field]: value }));
  const form = useSubmit();
  if (!problem.allowed.includes('edit')) return null;

  const send = (event: FormEvent) => {
    event.preventDefault();
    const body = { ...values, category: values.category || undefined };
    void form.submit(checked(UpdateProblemBody.safeParse(body)), async (valid) => {
      onSaved(await editProblem(problem.id, valid));
      setOpen(false);
    });
  };

  if (!open) {
    return (
      <p>
        <button type="button" className="button button--secondary" aria-expanded={false} onClick={() => setOpen(true)}>
          {t('problem.edit')}
        </button>
      </p>
    );
  }
  return (
    <form className="form card problem-edit" onSubmit={send} noValidate aria-labelledby="problem-edit-title">
      <h2 id="problem-edit-title">{t('problem.edit')}</h2>
      <ProblemFields values={values} set={set} errors={form.fieldErrors} />
      {form.error && <ErrorNotice error={form.error} fieldIds={problemFieldIds} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={form.busy}>
          {t('problem.editSubmit')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          {t('activity.cancel')}
        </button>
      </div>
    </form>
  );
}
