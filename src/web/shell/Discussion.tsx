import type { z } from 'zod';
import type { UserRef } from '#domain/audit';
import { formatDateTime } from '#web/features/activities/format.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { TextForm } from '#web/forms/TextForm.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';

/** Something said about a record: a comment, or the words that came with a move (a return, a resolution). */
export interface Said {
  id: number;
  /** How it was said ("Dikembalikan", "Tanggapan"), in the reader's words. */
  how: string;
  actor: UserRef;
  at: string;
  comment: string | null;
}

interface DiscussionProps {
  /** The heading's id; the comment box's is made from it. */
  id: string;
  title: string;
  emptyText: string;
  said: readonly Said[];
  /** Whether this reader may add a comment; without, the box is not shown. */
  comment?: { label: string; submitLabel: string; schema: z.ZodType<string>; send: (text: string) => Promise<void> } | undefined;
}

/**
 * The conversation about a report, a story or a problem, oldest first, with the box to add to it.
 * A refused comment stays in the box with the server's reason beside it.
 */
export function Discussion({ id, title, emptyText, said, comment }: DiscussionProps) {
  const { locale } = useLanguage();
  const sending = useSubmit();
  const textId = `${id}-text`;

  const send = async (text: string): Promise<boolean> => {
    if (!comment) return false;
    const sent = await sending.run(() => comment.send(text));
    return sent.ok;
  };

  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {said.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <ul className="comments">
          {said.map((entry) => (
            <li key={entry.id} className="comment">
              <p className="comment__meta">
                <strong>{entry.actor.displayName ?? entry.actor.username}</strong> · {entry.how} ·{' '}
                <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
              </p>
              <p className="quote">{entry.comment}</p>
            </li>
          ))}
        </ul>
      )}
      {comment && (
        <>
          {sending.error && <ErrorNotice error={sending.error} fieldIds={{ text: textId }} />}
          <TextForm
            id={textId}
            label={comment.label}
            submitLabel={comment.submitLabel}
            busy={sending.busy}
            schema={comment.schema}
            field="text"
            onSubmit={send}
            clearAfter
          />
        </>
      )}
    </section>
  );
}
