import type { ActorNeighbour } from '../../../src/server/api-types.js';
import { href } from '../router.js';

/** The actor in the middle, the actors it has events with around it; a line's width grows with the events. */
export function Network({ name, code, neighbours }: { name: string; code: string | null; neighbours: ActorNeighbour[] }) {
  if (neighbours.length === 0) return <p class="state empty">No events with other actors yet.</p>;
  const size = 360;
  const c = size / 2;
  const r = size / 2 - 70;
  const max = Math.max(...neighbours.map((n) => n.outgoing + n.incoming));
  return (
    <svg class="network" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={`${name} and the ${neighbours.length} actors it has events with`}>
      {neighbours.map((n, i) => {
        const angle = (2 * Math.PI * i) / neighbours.length - Math.PI / 2;
        const x = c + r * Math.cos(angle);
        const y = c + r * Math.sin(angle);
        const total = n.outgoing + n.incoming;
        const label = n.name ?? n.code ?? n.key;
        // A neighbour known across articles has its own page; one known by code alone opens the dyad.
        const link = n.actorId ? href(['actor', n.actorId]) : code && n.code ? href(['dyad'], { a: code, b: n.code }) : null;
        const node = (
          <>
            <title>{`${label}: ${n.outgoing} to, ${n.incoming} from`}</title>
            <circle cx={x} cy={y} r={5 + 6 * (total / max)} class="node" />
            <text x={x} y={y + (y < c ? -14 : 22)} text-anchor="middle" class="node-label">
              {label.length > 22 ? `${label.slice(0, 21)}…` : label}
            </text>
          </>
        );
        return (
          <g key={n.key}>
            <line x1={c} y1={c} x2={x} y2={y} class="edge" stroke-width={1 + 5 * (total / max)} />
            {link ? <a href={link}>{node}</a> : <g>{node}</g>}
          </g>
        );
      })}
      <circle cx={c} cy={c} r={14} class="node center" />
      <text x={c} y={c + 32} text-anchor="middle" class="node-label center">
        {name}
      </text>
    </svg>
  );
}
