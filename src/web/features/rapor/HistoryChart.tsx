import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMonth } from '#domain/calendar';
import { formatScore } from '#domain/kpi/score';
import type { RaporResponse } from '#domain/rapor';
import { ChartFigure, ChartWithTable, type FiguresTable } from '#web/charts/ChartWithTable.tsx';
import { KpiShape } from '#web/features/dashboard/KpiBadge.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

type Month = RaporResponse['history'][number];

const iconSize = 14;

/** Above each bar: its colour's icon and its score as the API and the PDF write it (99,55), so 79,99 never reads 80. */
function BarTop(props: { x?: unknown; y?: unknown; width?: unknown; index?: unknown; months: Month[]; locale: string }) {
  const [x, y, width, index] = [Number(props.x), Number(props.y), Number(props.width), Number(props.index)];
  const month = props.months[index];
  if (!month || [x, y, width].some(Number.isNaN)) return null;
  const middle = x + width / 2;
  return (
    <g>
      <text x={middle} y={y - 4} textAnchor="middle" className="history-chart__score">
        {formatScore(month.score, props.locale)}
      </text>
      <svg x={middle - iconSize / 2} y={y - 20 - iconSize} width={iconSize} height={iconSize} viewBox="0 0 16 16" aria-hidden="true">
        <KpiShape color={month.color} />
      </svg>
    </g>
  );
}

/** Twelve months of scores, each bar in its colour with the colour's icon; the table beside it says the same in words. */
export function HistoryChart({ history }: { history: Month[] }) {
  const { t, locale } = useLanguage();
  const data = history.map((m) => ({ ...m, label: formatMonth(m.month, locale, 'short'), title: formatMonth(m.month, locale, 'long') }));
  const table: FiguresTable = {
    caption: t('rapor.history.title'),
    rowsLabel: t('dashboard.trends.month'),
    columns: [
      { key: 'score', label: t('rapor.history.score'), numeric: true },
      { key: 'color', label: t('dashboard.ranking.col.color') },
    ],
    rows: data.map((m) => ({ key: m.month, label: m.title, cells: [formatScore(m.score, locale), t(`kpi.color.${m.color}`)] })),
  };
  return (
    <ChartWithTable table={table}>
      <ChartFigure caption={t('rapor.history.title')} captionHidden>
        <BarChart responsive style={{ width: '100%', height: 240 }} data={data} margin={{ top: 40, right: 4, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: 'var(--muted)' }} interval={0} angle={-45} textAnchor="end" height={48} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 12, fill: 'var(--muted)' }} width={32} />
          <Tooltip
            formatter={(value) => formatScore(Number(value), locale)}
            labelFormatter={(_, payload) => (payload[0]?.payload as { title?: string } | undefined)?.title ?? ''}
          />
          {/* A month at 0 still gets a sliver of a bar, so its icon and score show. */}
          <Bar dataKey="score" name={t('rapor.history.score')} isAnimationActive={false} minPointSize={2}>
            {data.map((m) => (
              <Cell key={m.month} className={`history-chart__bar history-chart__bar--${m.color}`} />
            ))}
            <LabelList dataKey="score" content={(props) => <BarTop {...props} months={history} locale={locale} />} />
          </Bar>
        </BarChart>
      </ChartFigure>
    </ChartWithTable>
  );
}
