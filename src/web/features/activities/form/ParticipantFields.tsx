import { useState } from 'react';
import { activityLimits } from '#domain/activities';
import { Field } from '#web/forms/Field.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import type { ActivityFormValues } from './model';

type CountField = 'participantsMale' | 'participantsFemale' | 'participantsDisability' | 'participantsElderly' | 'participantsChildren';

interface ParticipantFieldsProps {
  values: ActivityFormValues;
  set: (field: CountField, value: string) => void;
  errors: Readonly<Record<string, string>>;
}

export const participantIds: Record<CountField, string> = {
  participantsMale: 'activity-male',
  participantsFemale: 'activity-female',
  participantsDisability: 'activity-disability',
  participantsElderly: 'activity-elderly',
  participantsChildren: 'activity-children',
};

const subgroups = ['participantsDisability', 'participantsElderly', 'participantsChildren'] as const;

/** Men and women side by side with big number pads; the optional subgroups fold away until needed. */
export function ParticipantFields({ values, set, errors }: ParticipantFieldsProps) {
  const { t, locale } = useLanguage();
  const [open, setOpen] = useState(() => subgroups.some((field) => values[field] !== ''));
  // A subgroup with an error opens the fold, so the error beside it is seen.
  const invalid = subgroups.some((field) => errors[field] !== undefined);
  const total = (Number(values.participantsMale) || 0) + (Number(values.participantsFemale) || 0);

  const input = (field: CountField, optional = false) => (
    <Field key={field} id={participantIds[field]} label={t(`field.${field}`)} error={errors[field]} optional={optional}>
      {(control) => (
        <input
          {...control}
          className="count-input"
          type="number"
          inputMode="numeric"
          min={0}
          max={activityLimits.participants}
          step={1}
          name={field}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <fieldset className="participants">
      <legend>{t('activityForm.participants')}</legend>
      <div className="participants__pair">
        {input('participantsMale')}
        {input('participantsFemale')}
      </div>
      <p className="participants__total" aria-live="polite">
        {t('activityForm.participantsTotal', { count: total.toLocaleString(locale) })}
      </p>
      <details className="fold" open={open || invalid} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('activityForm.more')}</summary>
        <p className="field__hint">{t('activityForm.moreHint')}</p>
        <div className="participants__more">{subgroups.map((field) => input(field, true))}</div>
      </details>
    </fieldset>
  );
}
