import type { TimelineRow } from '../../../src/server/api-types.js';
import { QUAD_NAMES } from './EventTable.js';

const QUADS = [1, 2, 3, 4] as const;

/**
 * Quad-class counts stacked per period (cooperation above, conflict in warm colours) and the mean
 * Goldstein score as a line on its own −10…+10 axis. Each period is a button: it lists its events.
 */
export function TimelineChart({ periods, selected, onSelect }: { periods: TimelineRow[]; selected: string | null; onSelect: (p: TimelineRow) => void }) {
  const width = 900;
  const height = 300;
  const pad = { left: 44, right: 44, top: 16, bottom: 48 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const maxCount = Math.max(1, ...periods.map((p) => p.events));
  const step = plotW / Math.max(periods.length, 1);
  const barW = Math.max(2, Math.min(40, step * 0.7));
  const y = (n: number) => pad.top + plotH - (n / maxCount) * plotH;
  const gy = (g: number) => pad.top + ((10 - g) / 20) * plotH;
  const x = (i: number) => pad.left + step * i + step / 2;
  const labelEvery = Math.ceil(periods.length / 12);
  // The Goldstein line joins neighbouring periods only: an empty period breaks it rather than
  // suggesting a trend across months without events.
  const runs: string[][] = [];
  periods.forEach((p, i) => {
    if (p.events === 0) return;
    const point = `${x(i)},${gy(p.goldsteinMean)}`;
    if (i > 0 && periods[i - 1]!.events > 0) runs[runs.length - 1]!.push(point);
    else runs.push([point]);
  });
  const ticks = [...new Set([0, Math.round(maxCount / 2), maxCount])];
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label="events per period by quad class, with the mean Goldstein score">
        {ticks.map((n) => (
          <g key={n}>
            <line x1={pad.left} x2={width - pad.right} y1={y(n)} y2={y(n)} class="grid" />
            <text x={pad.left - 6} y={y(n) + 4} text-anchor="end" class="axis">
              {n}
            </text>
          </g>
        ))}
        {[-10, 0, 10].map((g) => (
          <text key={g} x={width - pad.right + 6} y={gy(g) + 4} class="axis goldstein-axis">
            {g > 0 ? `+${g}` : g}
          </text>
        ))}
        {periods.map((p, i) => {
          let base = 0;
          return (
            <g
              key={p.period}
              class={`period${selected === p.period ? ' selected' : ''}${p.events === 0 ? ' none' : ''}`}
              data-period={p.period}
              role={p.events ? 'button' : undefined}
              tabIndex={p.events ? 0 : undefined}
              aria-label={p.events ? `${p.period}: ${p.events} events, mean Goldstein ${p.goldsteinMean}` : undefined}
              onClick={() => p.events && onSelect(p)}
              onKeyDown={(ev) => {
                if (p.events && (ev.key === 'Enter' || ev.key === ' ')) {
                  ev.preventDefault();
                  onSelect(p);
                }
              }}
            >
              <title>{`${p.period}: ${QUADS.map((q) => `${p.quad[q]} ${QUAD_NAMES[q]}`).join(', ')}; Goldstein sum ${p.goldsteinSum}, mean ${p.goldsteinMean}`}</title>
              <rect x={x(i) - step / 2} y={pad.top} width={step} height={plotH} class="hit" />
              {QUADS.map((q) => {
                const n = p.quad[q];
                if (!n) return null;
                const top = y(base + n);
                const r = <rect key={q} x={x(i) - barW / 2} y={top} width={barW} height={y(base) - top} class={`bar q${q}`} />;
                base += n;
                return r;
              })}
              {i % labelEvery === 0 ? (
                <text x={x(i)} y={height - pad.bottom + 16} text-anchor="middle" class="axis">
                  {p.period}
                </text>
              ) : null}
            </g>
          );
        })}
        {runs.map((r) => (r.length > 1 ? <polyline key={r[0]} points={r.join(' ')} class="goldstein" /> : null))}
        {periods.map((p, i) => (p.events ? <circle key={p.period} cx={x(i)} cy={gy(p.goldsteinMean)} r={3} class="goldstein-dot" /> : null))}
      </svg>
      <figcaption class="legend">
        {QUADS.map((q) => (
          <span key={q}>
            <i class={`swatch q${q}`} /> {QUAD_NAMES[q]}
          </span>
        ))}
        <span>
          <i class="swatch goldstein" /> mean Goldstein (right axis)
        </span>
      </figcaption>
    </figure>
  );
}
