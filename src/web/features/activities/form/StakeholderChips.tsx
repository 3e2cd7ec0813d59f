import { useState, type KeyboardEvent } from 'react';
import { activityLimits } from '#domain/activities';
import { Field } from '#web/forms/Field.tsx';
import { useT } from '#web/i18n/language.tsx';

/** Who usually takes part in a village library's activities: one tap adds them. Stored as typed, in Indonesian. */
const suggestions = ['Kepala desa', 'Perangkat desa', 'PKK', 'Karang Taruna', 'Sekolah', 'Puskesmas', 'Dinas perpustakaan', 'BUMDes'];

interface StakeholderChipsProps {
  id: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
}

/** Stakeholders as removable chips, typed or picked from common ones. */
export function StakeholderChips({ id, value, onChange, error }: StakeholderChipsProps) {
  const t = useT();
  const [text, setText] = useState('');
  const full = value.length >= activityLimits.stakeholders;
  const has = (name: string) => value.some((v) => v.toLowerCase() === name.toLowerCase());

  const add = (name: string) => {
    const trimmed = name.trim().slice(0, activityLimits.stakeholder);
    if (trimmed === '' || full || has(trimmed)) return;
    onChange([...value, trimmed]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds a chip instead of sending the whole form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add(text);
    setText('');
  };

  const offered = suggestions.filter((s) => !has(s));
  return (
    <Field id={id} label={t('field.stakeholders')} hint={t('activityForm.stakeholdersHint')} error={error} optional>
      {(control) => (
        <div className="chips">
          {value.length > 0 && (
            <ul className="chips__list">
              {value.map((name) => (
                <li key={name} className="chip">
                  <span>{name}</span>
                  <button
                    type="button"
                    className="chip__remove"
                    aria-label={t('activityForm.stakeholderRemove', { name })}
                    onClick={() => onChange(value.filter((v) => v !== name))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="search-form__row">
            <input
              {...control}
              name="stakeholder"
              autoComplete="off"
              maxLength={activityLimits.stakeholder}
              disabled={full}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKeyDown}
            />
            <button
              type="button"
              className="button button--secondary"
              disabled={full || text.trim() === ''}
              onClick={() => {
                add(text);
                setText('');
              }}
            >
              {t('activityForm.stakeholderAdd')}
            </button>
          </div>
          {offered.length > 0 && !full && (
            <div className="chips__suggestions" role="group" aria-label={t('activityForm.stakeholderSuggestions')}>
              {offered.map((name) => (
                <button key={name} type="button" className="chip chip--suggestion" onClick={() => add(name)}>
                  + {name}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
    </Field>
  );
}
