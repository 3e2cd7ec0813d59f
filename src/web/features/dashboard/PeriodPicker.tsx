import { useId, useState, type FormEvent } from 'react';
import { dateBounds, formatDate } from '#domain/calendar';
import { Field } from '#web/forms/Field.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import {
  periodOfPick,
  periodProblem,
  quickPickOf,
  quickPicksFor,
  type DataPeriod,
  type Period,
  type PeriodProblem,
  type QuickPick,
} from './period';
import '#web/i18n/pages.ts';

interface PeriodPickerProps {
  period: Period;
  today: string;
  /** The data's period, offered beside this month and this year; null while unknown or when this year is it. */
  data: DataPeriod | null;
  onChange: (period: Period) => void;
}

/**
 * This month, this year to date, the data's period, or any range. A quick pick applies at once; a
 * custom range applies when the user confirms it, so half-typed dates never load a report.
 */
export function PeriodPicker({ period, today, data, onChange }: PeriodPickerProps) {
  const { t, locale } = useLanguage();
  const id = useId();
  // The pick follows the period shown (the data's period may become known after the screen opened),
  // except the one the user has just chosen: "another range" to type, or a pick whose report is on its way.
  const [picked, setPicked] = useState<QuickPick | null>(null);
  const choice: QuickPick = picked ?? quickPickOf(period, today, data);
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [problem, setProblem] = useState<PeriodProblem | null>(null);

  // The URL can change the period too (Back, a link): follow it.
  const [shown, setShown] = useState(period);
  if (shown.from !== period.from || shown.to !== period.to) {
    setShown(period);
    setFrom(period.from);
    setTo(period.to);
    setProblem(null);
    setPicked(null);
  }

  const choose = (pick: QuickPick) => {
    setPicked(pick);
    setProblem(null);
    if (pick !== 'custom') onChange(periodOfPick(pick, today, data));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = { from, to };
    const found = periodProblem(wanted);
    setProblem(found);
    if (found === null) onChange(wanted);
  };

  const fromError = problem === 'invalidFrom' ? t('kpi.period.invalidFrom') : undefined;
  const toError = problem === 'invalidTo' ? t('kpi.period.invalidTo') : problem === 'order' ? t('kpi.period.order') : undefined;
  return (
    <form className="period-picker" onSubmit={onSubmit} noValidate>
      <fieldset className="choices">
        <legend>{t('kpi.period.legend')}</legend>
        {quickPicksFor(data, today).map((pick) => (
          <label key={pick} className="choices__option">
            <input type="radio" name={`${id}-pick`} value={pick} checked={choice === pick} onChange={() => choose(pick)} />
            <span>{pick === 'data' ? t(`kpi.period.data.${data?.kind ?? 'latest'}`) : t(`kpi.period.${pick}`)}</span>
          </label>
        ))}
      </fieldset>
      {choice === 'custom' && (
        <div className="period-picker__custom">
          <Field id={`${id}-from`} label={t('field.from')} error={fromError}>
            {(control) => (
              <input
                {...control}
                type="date"
                min={dateBounds.earliest}
                max={dateBounds.latest}
                value={from}
                onChange={(e) => setFrom(e.target.value)}
              />
            )}
          </Field>
          <Field id={`${id}-to`} label={t('field.to')} error={toError}>
            {(control) => (
              <input
                {...control}
                type="date"
                min={dateBounds.earliest}
                max={dateBounds.latest}
                value={to}
                onChange={(e) => setTo(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button">
            {t('kpi.period.apply')}
          </button>
        </div>
      )}
      <p className="period-picker__shown" aria-live="polite">
        {t('kpi.period.shown', { from: formatDate(period.from, locale, 'long'), to: formatDate(period.to, locale, 'long') })}
      </p>
      {data && (
        <p className="field__hint">{t(`kpi.period.lastReport.${data.kind}`, { date: formatDate(data.lastDate, locale, 'long') })}</p>
      )}
    </form>
  );
}
