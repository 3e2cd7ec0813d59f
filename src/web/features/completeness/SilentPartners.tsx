import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatDate } from '#domain/calendar';
import type { CompletenessResponse, SilentPartner } from '#domain/completeness';
import { formatNumber } from '#web/features/dashboard/format.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { DownloadLinks } from '#web/shell/DownloadLinks.tsx';
import { completenessExportPath } from './api';
import { keepShown, toggleAll, toggleOne } from './selection';
import './messages.ts';

/**
 * The action for the libraries chosen in the list (a reminder): given the chosen ones and a way to
 * clear the choice once it is done, it draws its own button. Without it the list offers no choice.
 */
export type Reminder = (chosen: SilentPartner[], clear: () => void) => ReactNode;

/** The active libraries with no report in the month, longest silent first, with the day they last reported. */
export function SilentPartners({ data, reminder }: { data: CompletenessResponse; reminder?: Reminder | undefined }) {
  const { t, locale } = useLanguage();
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const shown = data.silent.map((p) => p.partnerId);
  const current = keepShown(chosen, shown);
  const choosing = reminder !== undefined;
  const n = (value: number) => formatNumber(value, locale);
  return (
    <section className="card" aria-labelledby="completeness-silent">
      <h2 id="completeness-silent">{t('completeness.silent.title')}</h2>
      {data.silent.length === 0 ? (
        <p>{t('completeness.silent.none')}</p>
      ) : (
        <>
          {data.silentTotal > data.silent.length && (
            <p>{t('completeness.silent.capped', { shown: n(data.silent.length), total: n(data.silentTotal) })}</p>
          )}
          {choosing && (
            <div className="completeness-silent__actions">
              <label className="completeness-silent__all">
                <input type="checkbox" checked={current.size === shown.length} onChange={() => setChosen(toggleAll(current, shown))} />{' '}
                {t('completeness.silent.chooseAll')}
              </label>
              <span role="status">{t('completeness.silent.chosen', { count: n(current.size) })}</span>
              {reminder(
                data.silent.filter((p) => current.has(p.partnerId)),
                () => setChosen(new Set()),
              )}
            </div>
          )}
          <table className="table table--stack table--pairs completeness-silent">
            <caption className="visually-hidden">{t('completeness.silent.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('completeness.silent.col.name')}</th>
                <th scope="col">{t('completeness.silent.col.last')}</th>
              </tr>
            </thead>
            <tbody>
              {data.silent.map((p) => (
                <tr key={p.partnerId}>
                  <th scope="row">
                    {choosing && (
                      <input
                        type="checkbox"
                        className="completeness-silent__choose"
                        aria-label={t('completeness.silent.choose', { name: p.name })}
                        checked={current.has(p.partnerId)}
                        onChange={() => setChosen(toggleOne(current, p.partnerId))}
                      />
                    )}
                    <Link to={`/mitra/${p.partnerId}`}>{p.name}</Link>
                  </th>
                  <td data-label={t('completeness.silent.col.last')}>
                    {p.lastReportDate === null ? t('completeness.silent.never') : formatDate(p.lastReportDate, locale, 'long')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <DownloadLinks hrefOf={(format) => completenessExportPath(data.region.code, data.month, 'silent', format)} />
        </>
      )}
    </section>
  );
}
