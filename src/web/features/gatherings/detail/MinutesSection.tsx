import { useState, type FormEvent } from 'react';
import { gatheringLimits, MinutesBody, type AgendaItem, type Gathering } from '#domain/gatherings';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { writeMinutes } from '../api';
import '../messages.ts';

interface MinutesSectionProps {
  gathering: Gathering;
  item: AgendaItem;
  onChanged: () => Promise<void>;
}

/** What was said and decided under the item; those who run the gathering write it after the meeting. */
export function MinutesSection({ gathering, item, onChanged }: MinutesSectionProps) {
  const { t } = useLanguage();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.minutes ?? '');
  const form = useSubmit();
  const fieldId = `minutes-${item.id}`;

  const save = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(checked(MinutesBody.safeParse({ minutes: text })), async (body) => {
      await writeMinutes(gathering.id, item.id, body.minutes);
      await onChanged();
      setEditing(false);
    });
  };

  return (
    <div className="agenda-item__minutes">
      <h4>{t('gathering.minutes')}</h4>
      {!editing &&
        (item.minutes ? <p className="prose">{item.minutes}</p> : <p className="agenda-item__none">{t('gathering.noMinutes')}</p>)}
      {!editing && gathering.editable && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setText(item.minutes ?? '');
            setEditing(true);
          }}
        >
          {item.minutes ? t('gathering.editMinutes') : t('gathering.writeMinutes')}
        </button>
      )}
      {editing && (
        <form className="form" onSubmit={save} noValidate>
          {form.error && <ErrorNotice error={form.error} fieldIds={{ minutes: fieldId }} />}
          <Field id={fieldId} label={t('gathering.minutesLabel', { title: item.title })} error={form.fieldErrors.minutes}>
            {(control) => (
              <textarea
                {...control}
                name="minutes"
                rows={5}
                maxLength={gatheringLimits.minutes}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          <div className="button-row">
            <button type="submit" className="button" disabled={form.busy}>
              {form.busy ? t('gathering.saving') : t('gathering.saveMinutes')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setEditing(false)}>
              {t('gathering.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
