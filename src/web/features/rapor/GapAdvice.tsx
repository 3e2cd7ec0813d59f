import type { RaporResponse } from '#domain/rapor';
import { useLanguage } from '#web/i18n/language.tsx';
import { gapSentence } from './wording';
import '#web/i18n/pages.ts';

/**
 * What the partner still has to do in this period: to reach green when it is not, else to
 * reach 100. The API's plan pulls the biggest levers first; it is one way there, not the only one.
 */
export function GapAdvice({ rapor }: { rapor: RaporResponse }) {
  const { t, locale, dictionary } = useLanguage();
  const green = rapor.result.color === 'hijau';
  const gaps = green ? rapor.gap.toFull : rapor.gap.toGreen;
  return (
    <section className="card gap-advice" aria-labelledby="rapor-gap">
      <h2 id="rapor-gap">{t(green ? 'rapor.gap.toFull' : 'rapor.gap.toGreen')}</h2>
      {gaps.length === 0 ? (
        <p>{t('rapor.gap.full')}</p>
      ) : (
        <>
          <p>{t(green ? 'rapor.gap.toFullIntro' : 'rapor.gap.toGreenIntro')}</p>
          <ul className="gap-advice__list">
            {gaps.map((gap) => (
              <li key={gap.code}>{gapSentence(gap, dictionary, locale, rapor.profile.labels)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
