import type { ReactNode } from 'react';
import { useT } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

/** One chart with its caption; a caption already said by the section's heading is kept for screen readers only. */
export function ChartFigure({
  caption,
  captionHidden = false,
  children,
}: {
  caption: string;
  captionHidden?: boolean;
  children: ReactNode;
}) {
  return (
    <figure className="chart">
      <figcaption className={captionHidden ? 'visually-hidden' : 'chart__title'}>{caption}</figcaption>
      {children}
    </figure>
  );
}

export interface FiguresTable {
  /** Names the table for screen readers. */
  caption: string;
  /** The heading of the first column, which names each row (e.g. "Bulan"). */
  rowsLabel: string;
  columns: readonly { key: string; label: string; numeric?: boolean }[];
  /** Each row: its name, then one cell per column. */
  rows: readonly { key: string; label: string; cells: readonly ReactNode[] }[];
}

/**
 * Charts and, folded under them, the same figures as a table: for anyone who cannot see or read
 * a chart, and for a person who wants the exact numbers.
 */
export function ChartWithTable({ table, children }: { table: FiguresTable; children: ReactNode }) {
  const t = useT();
  const numeric = (index: number) => (table.columns[index]?.numeric ? 'num' : undefined);
  return (
    <>
      {children}
      <details className="chart-table">
        <summary>{t('dashboard.trends.table')}</summary>
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{table.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{table.rowsLabel}</th>
                {table.columns.map((column, index) => (
                  <th key={column.key} scope="col" className={numeric(index)}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, index) => (
                    <td key={table.columns[index]?.key ?? index} className={numeric(index)}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
