import type { ReactNode } from 'react';
import { useT } from '#web/i18n/language.tsx';

/** What a control needs to be tied to its label, hint and error for assistive technology. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  /** Shown under the label, in the user's language; marks the control invalid. */
  error?: string | undefined;
  optional?: boolean;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ id, label, hint, error, optional = false, children }: FieldProps) {
  const t = useT();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  const control: ControlProps = { id };
  if (describedBy) control['aria-describedby'] = describedBy;
  if (error) control['aria-invalid'] = true;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {t('form.optional')}</span>}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {children(control)}
    </div>
  );
}
