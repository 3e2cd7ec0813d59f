import { useState } from 'react';
import { bookletLimit } from '#domain/practices';
import { Field } from '#web/forms/Field.tsx';
import { messagesByField, validationError } from '#web/forms/issues.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { bookletHref, type PracticeFilters } from './filters';
import './messages.ts';
import '#web/i18n/pages.ts';

export interface ChosenStory {
  id: number;
  title: string;
}

interface BookletPanelProps {
  /** The gallery's filters: the booklet covers the same region, featured or not. */
  filters: PracticeFilters;
  regionName: string | null;
  chosen: ChosenStory[];
  onUnchoose: (id: number) => void;
  onClearChosen: () => void;
}

/**
 * "Unduh buku kisah (PDF)": the published stories of the gallery's region (and featured mark),
 * published in a period, one page each with a photo — or the stories chosen on their cards.
 */
export function BookletPanel({ filters, regionName, chosen, onUnchoose, onClearChosen }: BookletPanelProps) {
  const { t, dictionary } = useLanguage();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const link = bookletHref({
    region: filters.region,
    featured: filters.featured === true,
    from,
    to,
    ids: chosen.map((c) => c.id),
  });
  const errors = link.ok ? {} : messagesByField(validationError(link.issues), dictionary);
  // The only way two valid days fail is the wrong order; say it as the period pickers do.
  if (errors.to) errors.to = t('kpi.period.order');
  const covers = [regionName ?? t('booklet.allRegions'), filters.featured ? t('booklet.featuredOnly') : null].filter(Boolean).join(' · ');

  return (
    <section className="card booklet" aria-labelledby="booklet-title">
      <h2 id="booklet-title">{t('booklet.title')}</h2>
      <p className="field__hint">{t('booklet.intro', { limit: bookletLimit })}</p>
      {chosen.length > 0 ? (
        <>
          <p>{t('booklet.chosen', { count: chosen.length })}</p>
          <ol className="booklet__chosen">
            {chosen.map((c) => (
              <li key={c.id}>
                {c.title}{' '}
                <button type="button" className="button button--quiet" onClick={() => onUnchoose(c.id)}>
                  {t('booklet.unchoose')}
                  <span className="visually-hidden"> {c.title}</span>
                </button>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <>
          <p>{t('booklet.covers', { what: covers })}</p>
          <div className="booklet__period">
            <Field id="booklet-from" label={t('booklet.from')} error={errors.from} optional>
              {(control) => <input {...control} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}
            </Field>
            <Field id="booklet-to" label={t('booklet.to')} error={errors.to} optional>
              {(control) => <input {...control} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}
            </Field>
          </div>
          <p className="field__hint">{t('booklet.chooseHint')}</p>
        </>
      )}
      <div className="button-row">
        {link.ok ? (
          <a className="button" href={link.href} download>
            {t('booklet.download')}
          </a>
        ) : (
          <button type="button" className="button" disabled>
            {t('booklet.download')}
          </button>
        )}
        {chosen.length > 0 && (
          <button type="button" className="button button--quiet" onClick={onClearChosen}>
            {t('booklet.clearChosen')}
          </button>
        )}
      </div>
    </section>
  );
}
