interface ConfirmDeleteProps {
  question: string;
  yesLabel: string;
  cancelLabel: string;
  busy: boolean;
  onYes: () => void;
  onCancel: () => void;
}

/** The second step of deleting something: the question, a danger button that does it, and a way back. */
export function ConfirmDelete({ question, yesLabel, cancelLabel, busy, onYes, onCancel }: ConfirmDeleteProps) {
  return (
    <div className="notice notice--warning" role="alert">
      <p>{question}</p>
      <div className="button-row">
        <button type="button" className="button button--danger" disabled={busy} onClick={onYes}>
          {yesLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
