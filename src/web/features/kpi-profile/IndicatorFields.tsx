import { weightsMakeWhole } from '#domain/kpi/profile';
import { partnerTypes, type PartnerType } from '#domain/taxonomy';
import { formatNumber } from '#web/features/dashboard/format.ts';
import { Field } from '#web/forms/Field.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { typedWeightTotal, type ProfileDraft } from './model';
import '#web/i18n/pages.ts';
import './messages.ts';

interface IndicatorFieldsProps {
  draft: ProfileDraft;
  onChange: (draft: ProfileDraft) => void;
  errors: Record<string, string>;
}

/** Each indicator's weight, with the running total, and its monthly target per partner type. */
export function IndicatorFields({ draft, onChange, errors }: IndicatorFieldsProps) {
  const { t, locale } = useLanguage();
  const total = typedWeightTotal(draft);
  const whole = weightsMakeWhole(total);

  const setWeight = (index: number, weight: string) =>
    onChange({ ...draft, indicators: draft.indicators.map((i, n) => (n === index ? { ...i, weight } : i)) });
  const setTarget = (index: number, type: PartnerType, value: string) =>
    onChange({
      ...draft,
      indicators: draft.indicators.map((i, n) => (n === index && i.targets ? { ...i, targets: { ...i.targets, [type]: value } } : i)),
    });

  return (
    <>
      <fieldset className="kpi-profile__group">
        <legend>{t('kpiProfile.weights.legend')}</legend>
        <div className="kpi-profile__grid">
          {draft.indicators.map(({ indicator, weight }, index) => (
            <Field
              key={indicator.code}
              id={`kpi-weight-${indicator.code}`}
              label={t('kpiProfile.weight.label', { indicator: indicator.label })}
              error={errors[`definition.indicators.${index}.weight`]}
            >
              {(control) => (
                <input
                  {...control}
                  inputMode="decimal"
                  autoComplete="off"
                  value={weight}
                  onChange={(e) => setWeight(index, e.target.value)}
                />
              )}
            </Field>
          ))}
        </div>
        <p id="kpi-weight-total" className={whole ? 'kpi-profile__total' : 'kpi-profile__total kpi-profile__total--off'} aria-live="polite">
          <strong>{t('kpiProfile.weights.total', { total: formatNumber(Math.round(total * 100) / 100, locale) })}</strong>{' '}
          {whole ? t('kpiProfile.weights.whole') : t('kpiProfile.weights.off')}
        </p>
        {/* Once the total is 100 again, the refusal of the last try no longer holds. */}
        {!whole && errors['definition.indicators'] && <p className="field__error">{errors['definition.indicators']}</p>}
      </fieldset>

      {draft.indicators.map(({ indicator, targets }, index) =>
        targets === null ? (
          <p key={indicator.code} className="muted">
            {t('kpiProfile.targets.none', { indicator: indicator.label })}
          </p>
        ) : (
          <fieldset key={indicator.code} className="kpi-profile__group">
            <legend>{t('kpiProfile.targets.legend', { indicator: indicator.label })}</legend>
            <p className="field__hint">{t('kpiProfile.targets.hint')}</p>
            <div className="kpi-profile__grid">
              {partnerTypes.map((type) => (
                <Field
                  key={type}
                  id={`kpi-target-${indicator.code}-${type}`}
                  label={t(`partner.type.${type}`)}
                  error={errors[`definition.indicators.${index}.monthlyTargets.${type}`]}
                >
                  {(control) => (
                    <input
                      {...control}
                      inputMode="decimal"
                      autoComplete="off"
                      aria-label={t('kpiProfile.target.label', { indicator: indicator.label, type: t(`partner.type.${type}`) })}
                      value={targets[type]}
                      onChange={(e) => setTarget(index, type, e.target.value)}
                    />
                  )}
                </Field>
              ))}
            </div>
          </fieldset>
        ),
      )}
    </>
  );
}
