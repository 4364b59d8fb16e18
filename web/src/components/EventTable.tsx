import type { EventRow } from '../../../src/server/api-types.js';
import { href } from '../router.js';
import { Empty } from './States.js';

export const QUAD_NAMES = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

export function sideName(code: string | null, name: string | null): string {
  return code && name ? `${name} (${code})` : (code ?? name ?? '—');
}

export function EventTable({ events, empty }: { events: EventRow[]; empty: string }) {
  if (events.length === 0) return <Empty>{empty}</Empty>;
  return (
    <table class="rows">
      <thead>
        <tr>
          <th>date</th>
          <th>source</th>
          <th>event</th>
          <th>target</th>
          <th>place</th>
          <th>articles</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            <td>{e.date ?? '—'}</td>
            <td>{sideName(e.sourceCode, e.sourceName)}</td>
            <td>
              <span class={`quad q${e.quad}`} title={QUAD_NAMES[e.quad]}>
                {e.cameo}
              </span>{' '}
              {e.plover ?? ''}
            </td>
            <td>{sideName(e.targetCode, e.targetName)}</td>
            <td>{e.place ?? ''}</td>
            <td>
              <a href={href(['article', e.firstArticleId])}>{e.numArticles}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
