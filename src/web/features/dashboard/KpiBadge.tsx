import type { KpiColor } from '#domain/kpi/score';
import { useT } from '#web/i18n/language.tsx';

/**
 * A different shape for each colour, so the colour is never the only sign: a tick in a circle
 * (hijau), an exclamation mark in a triangle (kuning), a cross in an octagon (merah).
 */
export function KpiIcon({ color }: { color: KpiColor }) {
  return (
    <svg className="kpi-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <KpiShape color={color} />
    </svg>
  );
}

/** The icon's shapes on a 16 × 16 grid, for drawing inside a chart's own SVG too. */
export function KpiShape({ color }: { color: KpiColor }) {
  switch (color) {
    case 'hijau':
      return (
        <g className="kpi-shape kpi-shape--hijau">
          <circle cx="8" cy="8" r="7.5" className="kpi-shape__body" />
          <path d="M4.5 8.3 7 10.8l4.6-5" className="kpi-shape__mark" />
        </g>
      );
    case 'kuning':
      return (
        <g className="kpi-shape kpi-shape--kuning">
          <path d="M8 0.8 15.4 14.6H0.6Z" className="kpi-shape__body" />
          <path d="M8 5.5v4.2M8 11.6v0.6" className="kpi-shape__mark" />
        </g>
      );
    case 'merah':
      return (
        <g className="kpi-shape kpi-shape--merah">
          <path d="M4.9 0.5h6.2l4.4 4.4v6.2l-4.4 4.4H4.9L0.5 11.1V4.9Z" className="kpi-shape__body" />
          <path d="m5.3 5.3 5.4 5.4m0-5.4-5.4 5.4" className="kpi-shape__mark" />
        </g>
      );
  }
}

/** The colour as a word with its icon, in text colours that pass WCAG AA on their tint. */
export function KpiBadge({ color, large = false }: { color: KpiColor; large?: boolean }) {
  const t = useT();
  return (
    <span className={`kpi-badge kpi-badge--${color}${large ? ' kpi-badge--large' : ''}`}>
      <KpiIcon color={color} />
      {t(`kpi.color.${color}`)}
    </span>
  );
}
