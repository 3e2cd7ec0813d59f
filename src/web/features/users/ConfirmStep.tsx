import { useState, type ReactNode } from 'react';
import { useT } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

interface ConfirmStepProps {
  /** The button that starts, e.g. "Nonaktifkan akun". */
  start: string;
  /** The question, saying what will happen. */
  question: string;
  /** The button that does it, e.g. "Ya, nonaktifkan". */
  yes: string;
  busy: boolean;
  danger?: boolean;
  onConfirm: () => void;
  children?: ReactNode;
}

/**
 * A change that cannot be taken back by accident: the first tap asks, in the page's own flow
 * (no browser dialog, which a phone may hide or block), and only "Ya" does it.
 */
export function ConfirmStep({ start, question, yes, busy, danger = false, onConfirm, children }: ConfirmStepProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const kind = danger ? 'button button--danger' : 'button';
  if (!asking) {
    return (
      <button type="button" className={kind} onClick={() => setAsking(true)}>
        {start}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={start}>
      <p>{question}</p>
      {children}
      <div className="button-row">
        <button
          type="button"
          className={kind}
          disabled={busy}
          onClick={() => {
            onConfirm();
            setAsking(false);
          }}
        >
          {yes}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setAsking(false)}>
          {t('users.confirm.cancel')}
        </button>
      </div>
    </div>
  );
}
