import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMonth } from '#domain/calendar';
import type { CompletenessPoint } from '#domain/completeness';
import { ChartFigure, ChartWithTable, type FiguresTable } from '#web/charts/ChartWithTable.tsx';
import { formatNumber } from '#web/features/dashboard/format.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { formatRate } from './format';
import './messages.ts';

const chartStyle = { width: '100%', height: 240 };
const axisTick = { fontSize: 12, fill: 'var(--muted)' };

/**
 * Month by month, the share of active libraries that reported and the share on time, with the
 * same figures as a table. Loaded on demand with recharts, which the first visit never needs.
 */
export function CompletenessTrend({ months }: { months: CompletenessPoint[] }) {
  const { t, locale } = useLanguage();
  const data = months.map((m) => ({
    month: m.month,
    label: formatMonth(m.month, locale, 'short'),
    title: formatMonth(m.month, locale, 'long'),
    rate: Math.round(m.rate * 1000) / 10,
    onTime: m.partners === 0 ? 0 : Math.round((m.onTime / m.partners) * 1000) / 10,
  }));
  const percent = (value: unknown) => formatRate(Number(value) / 100, locale);
  const monthTitle = (_: unknown, payload: readonly { payload?: { title?: string } }[]) => payload[0]?.payload?.title ?? '';
  const table: FiguresTable = {
    caption: t('completeness.trend.title'),
    rowsLabel: t('completeness.trend.month'),
    columns: [
      { key: 'rate', label: t('completeness.children.col.rate'), numeric: true },
      { key: 'reported', label: t('completeness.trend.reported'), numeric: true },
      { key: 'partners', label: t('completeness.trend.partners'), numeric: true },
      { key: 'onTime', label: t('completeness.onTime'), numeric: true },
    ],
    rows: months.map((m) => ({
      key: m.month,
      label: formatMonth(m.month, locale, 'long'),
      cells: [
        formatRate(m.rate, locale),
        formatNumber(m.reported, locale),
        formatNumber(m.partners, locale),
        formatNumber(m.onTime, locale),
      ],
    })),
  };
  return (
    <ChartWithTable table={table}>
      <ChartFigure caption={t('completeness.trend.title')} captionHidden>
        <LineChart responsive style={chartStyle} data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis dataKey="label" tick={axisTick} interval="preserveStartEnd" />
          <YAxis domain={[0, 100]} tickFormatter={percent} tick={axisTick} width={48} />
          <Tooltip formatter={percent} labelFormatter={monthTitle} />
          <Legend wrapperStyle={{ fontSize: 14 }} />
          <Line dataKey="rate" name={t('completeness.trend.rate')} stroke="var(--brand)" strokeWidth={3} dot={{ r: 3 }} type="monotone" />
          <Line
            dataKey="onTime"
            name={t('completeness.trend.onTime')}
            stroke="var(--strategy-advokasi)"
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={{ r: 2 }}
            type="monotone"
          />
        </LineChart>
      </ChartFigure>
    </ChartWithTable>
  );
}
