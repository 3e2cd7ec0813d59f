import { useT } from '#web/i18n/language.tsx';
import { Field } from './Field';
import '#web/i18n/pages.ts';

interface ChoiceFilterProps<V extends string | number | boolean> {
  id: string;
  label: string;
  hint?: string | undefined;
  value: V | undefined;
  choices: readonly V[];
  labelOf: (choice: V) => string;
  onChange: (choice: V | undefined) => void;
}

/** A filter over a fixed set of values (a status, a strategy, a year), led by "Semua" for no filter. */
export function ChoiceFilter<V extends string | number | boolean>({
  id,
  label,
  hint,
  value,
  choices,
  labelOf,
  onChange,
}: ChoiceFilterProps<V>) {
  const t = useT();
  return (
    <Field id={id} label={label} hint={hint}>
      {(control) => (
        <select
          {...control}
          value={value === undefined ? '' : String(value)}
          // The select speaks strings; give back the choice itself (a number stays a number).
          onChange={(e) => onChange(choices.find((choice) => String(choice) === e.target.value))}
        >
          <option value="">{t('filters.all')}</option>
          {choices.map((choice) => (
            <option key={String(choice)} value={String(choice)}>
              {labelOf(choice)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
