import { strategies, type Strategy } from '#domain/taxonomy';
import { useT } from '#web/i18n/language.tsx';

interface StrategyChoiceProps {
  value: Strategy | null;
  onChange: (strategy: Strategy) => void;
  error?: string | undefined;
}

/** The three strategies as large radio cards: one tap on a phone, arrow keys on a keyboard. */
export function StrategyChoice({ value, onChange, error }: StrategyChoiceProps) {
  const t = useT();
  return (
    <fieldset
      id="activity-strategy"
      className={error ? 'strategy-choice field--invalid' : 'strategy-choice'}
      aria-describedby={error ? 'activity-strategy-error' : undefined}
      tabIndex={-1}
    >
      <legend>{t('field.strategy')}</legend>
      {error && (
        <p id="activity-strategy-error" className="field__error">
          {error}
        </p>
      )}
      <div className="strategy-choice__options">
        {strategies.map((strategy) => (
          <label key={strategy} className={`strategy-choice__option strategy-choice__option--${strategy}`}>
            <input
              type="radio"
              name="strategy"
              value={strategy}
              checked={value === strategy}
              onChange={() => onChange(strategy)}
              aria-describedby={`strategy-hint-${strategy}`}
            />
            <span className="strategy-choice__name">{t(`strategy.${strategy}`)}</span>
            <span id={`strategy-hint-${strategy}`} className="strategy-choice__hint">
              {t(`strategy.${strategy}.hint`)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
