import { activityLimits, outcomeDocumentTypes, type OutcomeDocumentType } from '#domain/activities';
import { Field } from '#web/forms/Field.tsx';
import { useT } from '#web/i18n/language.tsx';
import type { ActivityFormValues } from './model';

const ids = { type: 'activity-outcome-type', number: 'activity-outcome-number', amount: 'activity-outcome-amount' } as const;

/** Input ids by the API's field paths, for linking an error to its input. */
export const outcomeIds = {
  outcome: ids.type,
  'outcome.documentType': ids.type,
  'outcome.documentNumber': ids.number,
  'outcome.amountRupiah': ids.amount,
} as const;

interface OutcomeFieldsProps {
  values: ActivityFormValues;
  set: <K extends 'outcomeType' | 'documentNumber' | 'amountRupiah'>(field: K, value: ActivityFormValues[K]) => void;
  errors: Readonly<Record<string, string>>;
}

/** What an advocacy activity produced: an MoU, a regulation, a budget. Optional: many meetings produce nothing on paper yet. */
export function OutcomeFields({ values, set, errors }: OutcomeFieldsProps) {
  const t = useT();
  return (
    <fieldset className="outcome">
      <legend>{t('activityForm.outcome')}</legend>
      <Field id={ids.type} label={t('field.documentType')} error={errors['outcome.documentType'] ?? errors.outcome} optional>
        {(control) => (
          <select
            {...control}
            name="documentType"
            value={values.outcomeType}
            onChange={(e) => set('outcomeType', e.target.value as OutcomeDocumentType | '')}
          >
            <option value="">{t('activityForm.outcomeNone')}</option>
            {outcomeDocumentTypes.map((type) => (
              <option key={type} value={type}>
                {t(`outcome.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {values.outcomeType !== '' && (
        <>
          <Field id={ids.number} label={t('field.documentNumber')} error={errors['outcome.documentNumber']} optional>
            {(control) => (
              <input
                {...control}
                name="documentNumber"
                autoComplete="off"
                maxLength={activityLimits.documentNumber}
                value={values.documentNumber}
                onChange={(e) => set('documentNumber', e.target.value)}
              />
            )}
          </Field>
          <Field
            id={ids.amount}
            label={t('field.amountRupiah')}
            hint={t('activityForm.amountHint')}
            error={errors['outcome.amountRupiah']}
            optional
          >
            {(control) => (
              <input
                {...control}
                name="amountRupiah"
                inputMode="numeric"
                autoComplete="off"
                value={values.amountRupiah}
                onChange={(e) => set('amountRupiah', e.target.value)}
              />
            )}
          </Field>
        </>
      )}
    </fieldset>
  );
}
