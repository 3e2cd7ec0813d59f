import { useState, type FormEvent } from 'react';
import { localToday, monthOfDate, shiftMonth } from '#domain/calendar';
import { PublishProfileBody, type KpiProfileVersion } from '#domain/kpi/profile-versions';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { publishProfile } from './api';
import { profileFields } from './fields';
import { IndicatorFields } from './IndicatorFields';
import { definitionOf, draftOf } from './model';
import { PreviewPanel } from './PreviewPanel';
import '#web/i18n/pages.ts';
import './messages.ts';

interface ProfileEditorProps {
  /** The version in force today, which the form starts from. */
  seed: KpiProfileVersion;
  onSaved: (version: KpiProfileVersion) => void;
}

/** The next version: weights, targets, colour thresholds, deadline and its first day; previewed, then saved. */
export function ProfileEditor({ seed, onSaved }: ProfileEditorProps) {
  const { t } = useLanguage();
  const [draft, setDraft] = useState(() => draftOf(seed.definition));
  // Versions usually start with a month; the next one is the first that has not begun.
  const [effectiveFrom, setEffectiveFrom] = useState(() => `${shiftMonth(monthOfDate(localToday()), 1)}-01`);
  const [note, setNote] = useState('');
  const form = useSubmit();
  const errors = form.fieldErrors;
  const { fieldIds, labels } = profileFields(draft, t, (type) => t(`partner.type.${type}`));
  const definition = definitionOf(draft);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = { definition, effectiveFrom, ...(note.trim() ? { note } : {}) };
    void form.submit(checked(PublishProfileBody.safeParse(body)), async (valid) => onSaved(await publishProfile(valid)));
  };

  return (
    <section aria-labelledby="kpi-profile-new">
      <h2 id="kpi-profile-new">{t('kpiProfile.form.title')}</h2>
      <p className="muted">{t('kpiProfile.form.seededFrom', { version: seed.version })}</p>
      <form id="kpi-profile-form" className="form kpi-profile__form" onSubmit={onSubmit} noValidate>
        {form.error && <ErrorNotice error={form.error} fieldIds={fieldIds} labels={labels} />}
        <IndicatorFields draft={draft} onChange={setDraft} errors={errors} />

        <fieldset className="kpi-profile__group">
          <legend>{t('kpiProfile.thresholds.legend')}</legend>
          <p className="field__hint">{t('kpiProfile.thresholds.hint')}</p>
          <div className="kpi-profile__grid">
            <Field id="kpi-green" label={t('field.green')} error={errors['definition.thresholds.green']}>
              {(control) => (
                <input
                  {...control}
                  inputMode="decimal"
                  autoComplete="off"
                  value={draft.green}
                  onChange={(e) => setDraft({ ...draft, green: e.target.value })}
                />
              )}
            </Field>
            <Field id="kpi-yellow" label={t('field.yellow')} error={errors['definition.thresholds.yellow']}>
              {(control) => (
                <input
                  {...control}
                  inputMode="decimal"
                  autoComplete="off"
                  value={draft.yellow}
                  onChange={(e) => setDraft({ ...draft, yellow: e.target.value })}
                />
              )}
            </Field>
          </div>
          <p className="muted">{t('kpiProfile.thresholds.merah', { yellow: draft.yellow })}</p>
        </fieldset>

        <Field
          id="kpi-deadline"
          label={t('field.reportingDeadlineDay')}
          hint={t('kpiProfile.deadline.hint')}
          error={errors['definition.reportingDeadlineDay']}
        >
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              autoComplete="off"
              value={draft.deadlineDay}
              onChange={(e) => setDraft({ ...draft, deadlineDay: e.target.value })}
            />
          )}
        </Field>
        <Field id="kpi-effective-from" label={t('field.effectiveFrom')} hint={t('kpiProfile.effective.hint')} error={errors.effectiveFrom}>
          {(control) => <input {...control} type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} />}
        </Field>
        <Field id="kpi-note" label={t('field.note')} error={errors.note} optional>
          {(control) => <textarea {...control} rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </form>

      <PreviewPanel definition={definition} effectiveFrom={effectiveFrom} fieldIds={fieldIds} labels={labels} />

      {/* Saved last, once the preview has said what it would do. */}
      <button type="submit" form="kpi-profile-form" className="button kpi-profile__save" disabled={form.busy}>
        {form.busy ? t('kpiProfile.saving') : t('kpiProfile.save')}
      </button>
    </section>
  );
}
