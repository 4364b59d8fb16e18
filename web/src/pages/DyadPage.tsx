import { useState } from 'preact/hooks';
import { fillPeriods } from '../../../src/corpus/timeline.js';
import type { EventWithEvidence, Page, TimelineResponse, TimelineRow } from '../../../src/server/api-types.js';
import { get } from '../api.js';
import { QUAD_NAMES, sideName } from '../components/EventTable.js';
import { AsyncView, Empty } from '../components/States.js';
import { TimelineChart } from '../components/TimelineChart.js';
import { dyadOf, timelineRequest } from '../requests.js';
import { href, navigate } from '../router.js';
import { useAsync } from '../useAsync.js';

/** The events of one chart point, each with the sentences it was coded from and links to the articles. */
function PeriodEvents({ period }: { period: TimelineRow }) {
  const result = useAsync(
    (signal) => get<Page<EventWithEvidence>>('/events', { ids: period.eventIds.join(','), evidence: true, limit: 500 }, signal),
    [period.period, period.eventIds.join(',')],
  );
  return (
    <section class="period-events" data-testid="period-events">
      <h2>
        {period.period}: {period.events} {period.events === 1 ? 'event' : 'events'}
      </h2>
      <AsyncView result={result} what="the events and their evidence">
        {(page) => (
          <ol class="plain evidence-list">
            {page.items.map((e) => (
              <li key={e.id} data-testid="event-evidence">
                <p>
                  <span class="muted">{e.date ?? 'undated'}</span> <strong>{sideName(e.sourceCode, e.sourceName)}</strong> →{' '}
                  <span class={`quad q${e.quad}`} title={QUAD_NAMES[e.quad]}>
                    {e.cameo}
                  </span>{' '}
                  {e.plover ?? ''} → <strong>{sideName(e.targetCode, e.targetName)}</strong>
                  {e.place ? ` @ ${e.place}` : ''} <span class="muted">Goldstein {e.goldstein}</span>
                </p>
                <ul class="plain">
                  {(e.mentions ?? []).map((m) => (
                    <li key={m.id}>
                      <blockquote title={`evidence words: ${m.evidence}`}>{m.sentence ?? m.evidence}</blockquote>
                      <span class="muted">
                        rule {m.rule}, confidence {m.confidence.toFixed(2)} ·{' '}
                      </span>
                      <a href={href(['article', m.articleId])}>{m.title ?? m.articleId}</a>
                      {m.articleDate ? <span class="muted"> ({m.articleDate})</span> : null}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </AsyncView>
    </section>
  );
}

export function DyadPage({ query }: { query: URLSearchParams }) {
  const dyad = dyadOf(query);
  const { a, b, by, both } = dyad;
  const [form, setForm] = useState({ a, b });
  const [selected, setSelected] = useState<TimelineRow | null>(null);
  const result = useAsync(
    (signal) => {
      const r = timelineRequest(dyad);
      return r ? get<TimelineResponse>(r.path, r.params, signal) : Promise.resolve(null);
    },
    [a, b, by, both],
  );
  const go = (next: { a?: string; b?: string; by?: string; both?: boolean }) => {
    setSelected(null);
    const n = { a: next.a ?? a, b: next.b ?? b, by: next.by ?? by, both: next.both ?? both };
    navigate(href(['dyad'], { a: n.a.trim(), b: n.b.trim(), by: n.by, both: n.both ? undefined : '0' }));
  };
  return (
    <section>
      <h1>Dyad {a && b ? `${a} – ${b}` : ''}</h1>
      <form
        class="row"
        onSubmit={(ev) => {
          ev.preventDefault();
          go(form);
        }}
      >
        <label>
          Actor A <input name="a" value={form.a} placeholder="USA" onInput={(e) => setForm({ ...form, a: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label>
          Actor B <input name="b" value={form.b} placeholder="IRN" onInput={(e) => setForm({ ...form, b: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label>
          per{' '}
          <select value={by} onChange={(e) => go({ by: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="day">day</option>
            <option value="week">week</option>
            <option value="month">month</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={both} onChange={() => go({ both: !both })} /> both directions
        </label>
        <button type="submit">Show</button>
      </form>
      <p class="muted">Each side is an actor code prefix (USA matches USAGOV) or part of a name. Click a bar, or focus it and press Enter, to read its events.</p>
      {a && b ? (
        <AsyncView result={result} what="the timeline">
          {(t) =>
            !t || t.periods.length === 0 ? (
              <Empty>
                No events between {a} and {b}
                {both ? ' in either direction' : ''}.
              </Empty>
            ) : (
              <>
                <TimelineChart periods={fillPeriods(t.periods, by)} selected={selected?.period ?? null} onSelect={setSelected} />
                {selected ? <PeriodEvents period={selected} /> : null}
              </>
            )
          }
        </AsyncView>
      ) : (
        <Empty>Name two actors, such as IRN and ISR.</Empty>
      )}
    </section>
  );
}
