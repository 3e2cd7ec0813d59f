import type { ImportError } from '#domain/imports';
import { useT } from '#web/i18n/language.tsx';
import './messages.ts';

/** The dry run's problems, one per line (a card each on a phone): the data row, the column's header, what is wrong. */
export function ProblemTable({ errors }: { errors: readonly ImportError[] }) {
  const t = useT();
  return (
    <table className="table table--stack table--pairs import-problems">
      <caption>{t('imports.problems', { count: errors.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('imports.col.row')}</th>
          <th scope="col">{t('imports.col.column')}</th>
          <th scope="col">{t('imports.col.message')}</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((e, i) => (
          <tr key={`${e.row}-${e.column}-${i}`}>
            <td data-label={t('imports.col.row')}>{e.row === 0 ? t('imports.headerRow') : e.row}</td>
            <td data-label={t('imports.col.column')}>{e.column}</td>
            <td data-label={t('imports.col.message')}>{e.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
