import { Link } from 'react-router-dom';
import type { Activity } from '#domain/activities';
import { useT } from '#web/i18n/language.tsx';
import { StatusBadge } from './StatusBadge';

interface DuplicatesWarningProps {
  duplicates: Activity['possibleDuplicates'];
  busy: boolean;
  onSendAnyway: () => void;
  /** What the second button does: keep the report as a draft, or simply not send it now. */
  onCancel: () => void;
  cancelLabel: string;
}

/** Shown before a submit when the same library already reported something near-identical that day. */
export function DuplicatesWarning({ duplicates, busy, onSendAnyway, onCancel, cancelLabel }: DuplicatesWarningProps) {
  const t = useT();
  return (
    <div className="notice notice--warning" role="alert">
      <p className="notice__title">{t('duplicates.title')}</p>
      <p>{t('duplicates.text')}</p>
      <ul>
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link to={`/kegiatan/${d.id}`}>{d.title}</Link> <StatusBadge status={d.status} />
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={onSendAnyway}>
          {t('duplicates.sendAnyway')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
