import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { lookup } from '#web/i18n/messages.ts';
import { indicatorsQuery } from '../api';
import '#web/i18n/pages.ts';
import '../messages.ts';

export interface Indicator {
  code: string;
  name: string;
}

/** The KPI profiles' indicators, each once, named as the rapor names them. */
export function useIndicators() {
  const { dictionary } = useLanguage();
  const loaded = useApiQuery(indicatorsQuery());
  if (loaded.state !== 'ready') return loaded;
  const seen = new Map<string, Indicator>();
  for (const version of loaded.data.items) {
    for (const i of version.definition.indicators) {
      if (!seen.has(i.code)) seen.set(i.code, { code: i.code, name: lookup(dictionary, `kpi.indicator.${i.code}`) ?? i.label });
    }
  }
  return { ...loaded, data: [...seen.values()] };
}

interface IndicatorPickerProps {
  id: string;
  legend: string;
  hint: string;
  error?: string | undefined;
  /** Those that may be picked; the course's own for a module. */
  choices: readonly Indicator[];
  value: readonly string[];
  onChange: (codes: string[]) => void;
  optional?: boolean;
}

/** Indicators picked by name, never typed: the codes the rapor matches on stay exact. */
export function IndicatorPicker({ id, legend, hint, error, choices, value, onChange, optional = false }: IndicatorPickerProps) {
  const { t } = useLanguage();
  const toggle = (code: string, on: boolean) =>
    onChange(on ? choices.map((c) => c.code).filter((c) => c === code || value.includes(c)) : value.filter((c) => c !== code));
  return (
    <fieldset id={id} tabIndex={-1} className={error ? 'field field--invalid course-indicators' : 'field course-indicators'}>
      <legend>
        {legend}
        {optional && <span className="field__optional"> {t('form.optional')}</span>}
      </legend>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {choices.map((c) => (
        <label key={c.code} className="checkbox">
          <input type="checkbox" checked={value.includes(c.code)} onChange={(e) => toggle(c.code, e.target.checked)} /> {c.name}
        </label>
      ))}
    </fieldset>
  );
}

/** The course's indicator picker, fed by the KPI profiles. */
export function CourseIndicatorPicker({
  indicators,
  ...props
}: Omit<IndicatorPickerProps, 'choices' | 'legend' | 'hint'> & { indicators: ReturnType<typeof useIndicators> }) {
  const { t } = useLanguage();
  if (indicators.state === 'loading') return <p role="status">{t('elisStaff.indicators.loading')}</p>;
  if (indicators.state === 'failed') return <ErrorNotice error={indicators.error} onRetry={indicators.reload} />;
  return (
    <IndicatorPicker {...props} choices={indicators.data} legend={t('elisStaff.indicators.legend')} hint={t('elisStaff.indicators.hint')} />
  );
}
