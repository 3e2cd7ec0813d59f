import { Field } from './Field';

interface PasswordFieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  name?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** `current-password` to sign in or confirm; `new-password` when choosing one, so a password manager offers to make one. */
  autoComplete: 'current-password' | 'new-password';
  /** Shown as typed: when the person asked to see it, or when an admin sets one to hand over. */
  revealed?: boolean;
  required?: boolean;
}

/** A password input tied to its label, hint and error; never corrected, capitalised or spell-checked. */
export function PasswordField({
  id,
  label,
  hint,
  error,
  name,
  value,
  onChange,
  autoComplete,
  revealed = false,
  required,
}: PasswordFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={revealed ? 'text' : 'password'}
          autoComplete={autoComplete}
          autoCapitalize="none"
          spellCheck={false}
          required={required}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
