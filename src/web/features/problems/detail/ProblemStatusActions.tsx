import { useState, type FormEvent } from 'react';
import { commentLimit } from '#domain/audit';
import { problemLimits, ProblemStatusBody, type Problem, type ProblemOperation, type ProblemStatus } from '#domain/problems';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useT } from '#web/i18n/language.tsx';
import { moveProblem } from '../api';
import '../messages.ts';
import '#web/i18n/pages.ts';

type Move = Extract<ProblemOperation, 'handle' | 'resolve' | 'close' | 'reopen'>;
/** The moves that open a box for their words. */
type Worded = Exclude<Move, 'handle'>;
export type StatusDone = 'handled' | 'resolved' | 'closed' | 'reopened';

/** Each move, the status it reaches, the field its words go in, and what the page says after. */
const moves: Record<Move, { status: ProblemStatus; field: 'resolution' | 'comment'; done: StatusDone }> = {
  handle: { status: 'ditangani', field: 'comment', done: 'handled' },
  resolve: { status: 'selesai', field: 'resolution', done: 'resolved' },
  close: { status: 'ditutup', field: 'comment', done: 'closed' },
  reopen: { status: 'terbuka', field: 'comment', done: 'reopened' },
};
const order: Move[] = ['handle', 'resolve', 'close', 'reopen'];
const inputId = (move: Worded) => `problem-${move}-text`;

interface ProblemStatusActionsProps {
  problem: Problem;
  onMoved: (problem: Problem, done: StatusDone) => void;
}

/**
 * The moves the server says this person may make now (`allowed`). Taking a problem up is one
 * tap; resolving asks how it was solved, closing for an optional reason, reopening for a reason.
 * The words that are required are the server's rule: its answer names the field beside the box.
 */
export function ProblemStatusActions({ problem, onMoved }: ProblemStatusActionsProps) {
  const t = useT();
  const [open, setOpen] = useState<Worded | null>(null);
  const [text, setText] = useState('');
  const sending = useSubmit();
  const allowed = order.filter((move) => problem.allowed.includes(move));
  if (allowed.length === 0) return null;

  const move = (which: Move, words: string) => {
    const { status, field, done } = moves[which];
    const trimmed = words.trim();
    const body = { status, ...(trimmed === '' ? {} : { [field]: trimmed }) };
    return sending.submit(checked(ProblemStatusBody.safeParse(body)), async (valid) => onMoved(await moveProblem(problem.id, valid), done));
  };
  const choose = (which: Worded) => {
    sending.setError(null);
    setText('');
    setOpen(open === which ? null : which);
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (open !== null) void move(open, text);
  };

  return (
    <section className="card activity-actions" aria-labelledby="problem-moves-title">
      <h2 id="problem-moves-title">{t('problem.moves')}</h2>
      {sending.error && open === null && <ErrorNotice error={sending.error} />}
      <div className="button-row">
        {allowed.map((which) =>
          which === 'handle' ? (
            <button
              key={which}
              type="button"
              className="button button--large"
              disabled={sending.busy}
              onClick={() => void move('handle', '')}
            >
              {t('problem.move.handle')}
            </button>
          ) : (
            <button
              key={which}
              type="button"
              className={which === 'resolve' ? 'button button--large' : 'button button--secondary'}
              aria-expanded={open === which}
              onClick={() => choose(which)}
            >
              {t(`problem.move.${which}`)}
            </button>
          ),
        )}
      </div>
      {open !== null && (
        <form className="form text-form" onSubmit={send} noValidate>
          <Field
            id={inputId(open)}
            label={t(`problem.move.${open}.label`)}
            hint={t(`problem.move.${open}.hint`)}
            error={sending.fieldErrors[moves[open].field]}
            optional={open === 'close'}
          >
            {(control) => (
              <textarea
                {...control}
                name={moves[open].field}
                rows={4}
                maxLength={open === 'resolve' ? problemLimits.resolution : commentLimit}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          {sending.error && (
            <ErrorNotice
              error={sending.error}
              fieldIds={{ [moves[open].field]: inputId(open) }}
              labels={{ comment: t(`problem.move.${open}.label`) }}
            />
          )}
          <div className="button-row">
            <button type="submit" className="button" disabled={sending.busy}>
              {t(`problem.move.${open}.submit`)}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setOpen(null)}>
              {t('activity.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
