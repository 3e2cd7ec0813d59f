import type { ExportFormat } from '#domain/exports';
import { useLanguage } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

/**
 * "Unduh Excel" / "Unduh CSV" for what a list shows now (its filters are in `hrefOf`'s address).
 * Plain download links: the browser shows the file's progress itself, on a phone too, and the
 * server streams the file while it is written, so a large one starts arriving at once.
 */
export function DownloadLinks({ hrefOf }: { hrefOf: (format: ExportFormat) => string }) {
  const { t } = useLanguage();
  return (
    <p className="downloads">
      <a className="button button--secondary" href={hrefOf('xlsx')} download>
        {t('download.xlsx')}
      </a>{' '}
      <a className="button button--secondary" href={hrefOf('csv')} download>
        {t('download.csv')}
      </a>{' '}
      <small className="muted">{t('download.note')}</small>
    </p>
  );
}
