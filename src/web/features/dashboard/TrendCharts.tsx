import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMonth } from '#domain/calendar';
import type { TrendResponse } from '#domain/dashboard';
import type { Strategy } from '#domain/taxonomy';
import { ChartFigure, ChartWithTable, type FiguresTable } from '#web/charts/ChartWithTable.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { formatCompact, formatNumber } from './format';
import { strategyOrder } from './SummarySections';
import '#web/i18n/pages.ts';

/** Strategy colours are blues and a purple, never the KPI's red, yellow and green, so no one reads a strategy as a score. */
const strategyFill = {
  pelibatan_masyarakat: 'var(--strategy-pelibatan)',
  advokasi: 'var(--strategy-advokasi)',
  layanan_informasi: 'var(--strategy-layanan)',
} as const;

const chartStyle = { width: '100%', height: 260 };
const axisTick = { fontSize: 12, fill: 'var(--muted)' };

/**
 * Month by month: activities per strategy as stacked bars, participants as a line, and the same
 * figures as a table for anyone who cannot read a chart. Loaded on demand: recharts is the
 * largest part of the app and a manager reporting from a phone never needs it.
 */
export function TrendCharts({ months }: { months: TrendResponse['months'] }) {
  const { t, locale } = useLanguage();
  const data = months.map((m) => ({ ...m, label: formatMonth(m.month, locale, 'short'), title: formatMonth(m.month, locale, 'long') }));
  const number = (value: unknown) => formatNumber(Number(value), locale);
  const tick = (value: unknown) => formatCompact(Number(value), locale);
  const monthTitle = (_: unknown, payload: readonly { payload?: { title?: string } }[]) => payload[0]?.payload?.title ?? '';
  const table: FiguresTable = {
    caption: t('dashboard.trends.title'),
    rowsLabel: t('dashboard.trends.month'),
    columns: [
      ...strategyOrder.map((strategy) => ({ key: strategy, label: t(`kpi.strategy.${strategy}`), numeric: true })),
      { key: 'participants', label: t('dashboard.trends.participantsLine'), numeric: true },
    ],
    rows: data.map((m) => ({
      key: m.month,
      label: m.title,
      cells: [...strategyOrder.map((strategy) => formatNumber(m[strategy], locale)), formatNumber(m.participants, locale)],
    })),
  };
  return (
    <ChartWithTable table={table}>
      <ChartFigure caption={t('dashboard.trends.activities')}>
        <BarChart responsive style={chartStyle} data={data} margin={{ top: 8, right: 4, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis dataKey="label" tick={axisTick} interval="preserveStartEnd" />
          <YAxis tickFormatter={tick} tick={axisTick} width={48} allowDecimals={false} />
          <Tooltip formatter={number} labelFormatter={monthTitle} itemSorter={(item) => strategyOrder.indexOf(item.dataKey as Strategy)} />
          <Legend wrapperStyle={{ fontSize: 14 }} itemSorter={null} />
          {strategyOrder.map((strategy) => (
            <Bar
              key={strategy}
              dataKey={strategy}
              name={t(`kpi.strategy.${strategy}`)}
              stackId="activities"
              fill={strategyFill[strategy]}
            />
          ))}
        </BarChart>
      </ChartFigure>
      <ChartFigure caption={t('dashboard.trends.participants')}>
        <LineChart responsive style={chartStyle} data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis dataKey="label" tick={axisTick} interval="preserveStartEnd" />
          <YAxis tickFormatter={tick} tick={axisTick} width={48} allowDecimals={false} />
          <Tooltip formatter={number} labelFormatter={monthTitle} />
          <Line
            dataKey="participants"
            name={t('dashboard.trends.participantsLine')}
            stroke="var(--brand)"
            strokeWidth={3}
            dot={{ r: 3 }}
            type="monotone"
          />
        </LineChart>
      </ChartFigure>
    </ChartWithTable>
  );
}
