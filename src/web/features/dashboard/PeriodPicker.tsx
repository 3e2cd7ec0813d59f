import { useId, useState, type FormEvent } from 'react';
import { dateBounds, formatDate } from '#domain/calendar';
import { Field } from '#web/forms/Field.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { periodOfPick, periodProblem, quickPickOf, quickPicks, type Period, type PeriodProblem, type QuickPick } from './period';

interface PeriodPickerProps {
  period: Period;
  today: string;
  onChange: (period: Period) => void;
}

/**
 * This month, this year to date, or any range. A quick pick applies at once; a custom range
 * applies when the user confirms it, so half-typed dates never load a report.
 */
export function PeriodPicker({ period, today, onChange }: PeriodPickerProps) {
  const { t, locale } = useLanguage();
  const id = useId();
  const [choice, setChoice] = useState<QuickPick>(() => quickPickOf(period, today));
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
    setChoice(quickPickOf(period, today));
  }

  const choose = (pick: QuickPick) => {
    setChoice(pick);
    setProblem(null);
    if (pick !== 'custom') onChange(periodOfPick(pick, today));
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
        {quickPicks.map((pick) => (
          <label key={pick} className="choices__option">
            <input type="radio" name={`${id}-pick`} value={pick} checked={choice === pick} onChange={() => choose(pick)} />
            <span>{t(`kpi.period.${pick}`)}</span>
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
    </form>
  );
}
