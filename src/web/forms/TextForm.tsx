import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { activityLimits } from '#domain/activities';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

interface TextFormProps {
  id: string;
  label: string;
  hint?: string | undefined;
  submitLabel: string;
  busy: boolean;
  /** The schema the server checks this text with; its field name, for the error's wording. */
  schema: z.ZodType<string>;
  field: string;
  /** Resolves true once sent; false leaves the text for another try. */
  onSubmit: (text: string) => Promise<boolean>;
  onCancel?: (() => void) | undefined;
  /** Cleared after sending: a comment box is ready for the next one. */
  clearAfter?: boolean;
}

/** One required text (a return comment, a reason to reopen, a comment) checked as the server will, then sent. */
export function TextForm({ id, label, hint, submitLabel, busy, schema, field, onSubmit, onCancel, clearAfter = false }: TextFormProps) {
  const { t } = useLanguage();
  const [text, setText] = useState('');
  // Only the check's issues show here: the caller shows what the server says.
  const form = useSubmit();

  const send = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(checked(z.object({ [field]: schema }).safeParse({ [field]: text })), async () => {
      const sent = await onSubmit(text.trim());
      if (sent && clearAfter) setText('');
    });
  };

  return (
    <form className="form text-form" onSubmit={send} noValidate>
      <Field id={id} label={label} hint={hint} error={form.fieldErrors[field]}>
        {(control) => (
          <textarea
            {...control}
            name={field}
            rows={3}
            maxLength={activityLimits.comment}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button" disabled={busy || form.busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('activity.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
