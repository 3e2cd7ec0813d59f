import { useT } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

interface PagerProps {
  page: number;
  total: number;
  pageSize: number;
  /** Names the navigation landmark, e.g. "Halaman daftar kegiatan". */
  label: string;
  onPage: (page: number) => void;
}

/** Previous / next with "page 2 of 9"; nothing when everything fits on one page. */
export function Pager({ page, total, pageSize, label, onPage }: PagerProps) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pager.previous')}
      </button>
      <span>{t('pager.page', { page: Math.min(page, pages), pages })}</span>
      <button type="button" className="button button--secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
