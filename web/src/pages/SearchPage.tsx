import { useEffect, useState } from 'preact/hooks';
import type { ArticleSummary, EventRow, Page, QuoteRow, SearchHit } from '../../../src/server/api-types.js';
import { get, queryString } from '../api.js';
import { EventTable } from '../components/EventTable.js';
import { AsyncView, Empty } from '../components/States.js';
import { SEARCH_FIELDS, SEARCH_KINDS, SEARCH_PAGE, searchOf, searchRequest, type SearchKind } from '../requests.js';
import { href, navigate } from '../router.js';
import { useAsync } from '../useAsync.js';

function Results({ kind, filters, offset }: { kind: SearchKind; filters: Record<string, string>; offset: number }) {
  const key = JSON.stringify([kind, filters, offset]);
  const result = useAsync((signal): Promise<Page<unknown>> => {
    const r = searchRequest({ kind, filters, offset });
    return get<Page<SearchHit | ArticleSummary | QuoteRow | EventRow>>(r.path, r.params, signal);
  }, [key]);
  const pager = (p: Page<unknown>) => (
    <nav class="pager" aria-label="pages">
      {p.offset > 0 ? <a href={href(['search'], { kind, ...filters, offset: Math.max(0, p.offset - SEARCH_PAGE) || undefined })}>← previous</a> : null}
      <span class="muted">
        {p.items.length ? `${p.offset + 1}–${p.offset + p.items.length}` : 'none'}
      </span>
      {p.next !== null ? <a href={href(['search'], { kind, ...filters, offset: p.next })}>next →</a> : null}
    </nav>
  );
  return (
    <AsyncView result={result} what={kind}>
      {(p) => (
        <>
          {p.items.length === 0 ? <Empty>Nothing matches.</Empty> : null}
          {kind === 'articles' && p.items.length > 0 ? (
            <ul class="plain results" data-testid="results">
              {(p.items as Array<ArticleSummary & Partial<SearchHit>>).map((a) => (
                <li key={a.id}>
                  <a href={href(['article', a.id])}>{a.title ?? `Untitled article (${a.id.slice(0, 16)})`}</a> <span class="muted">{a.date ?? 'undated'}{a.source ? ` · ${a.source}` : ''}</span>
                  {a.snippet ? <p class="snippet">{a.snippet}</p> : null}
                </li>
              ))}
            </ul>
          ) : null}
          {kind === 'quotes' && p.items.length > 0 ? (
            <ul class="plain results" data-testid="results">
              {(p.items as QuoteRow[]).map((q) => (
                <li key={q.id}>
                  <strong>{q.speakerId ? <a href={href(['actor', q.speakerId])}>{q.speakerName ?? q.speakerId}</a> : (q.speakerName ?? 'unknown')}</strong>{' '}
                  <span class="muted">({q.kind}, {q.date ?? 'undated'})</span> {q.text} <a href={href(['article', q.articleId])}>{q.title ?? 'article'}</a>
                </li>
              ))}
            </ul>
          ) : null}
          {kind === 'events' && p.items.length > 0 ? <EventTable events={p.items as EventRow[]} empty="" /> : null}
          {pager(p)}
        </>
      )}
    </AsyncView>
  );
}

export function SearchPage({ query }: { query: URLSearchParams }) {
  const { kind, filters, offset } = searchOf(query);
  const [form, setForm] = useState(filters);
  useEffect(() => setForm(filters), [query.toString()]);
  const exportUrl = (format: string) => `/api/export/${kind}${queryString({ ...filters, format })}`;
  return (
    <section>
      <h1>Search</h1>
      <nav class="tabs" aria-label="what to search">
        {SEARCH_KINDS.map((k) => (
          <a key={k} href={href(['search'], { kind: k })} aria-current={k === kind ? 'page' : undefined}>
            {k}
          </a>
        ))}
      </nav>
      <form
        class="row filters"
        onSubmit={(ev) => {
          ev.preventDefault();
          navigate(href(['search'], { kind, ...form }));
        }}
      >
        {SEARCH_FIELDS[kind].map((f) => {
          const common = {
            name: f.name,
            placeholder: f.placeholder,
            value: form[f.name] ?? '',
            onInput: (e: Event) => setForm({ ...form, [f.name]: (e.currentTarget as HTMLInputElement).value }),
          };
          return (
            <label key={f.name}>
              {f.label} {f.type === 'date' ? <input type="date" {...common} /> : <input type="text" {...common} />}
            </label>
          );
        })}
        <button type="submit">Search</button>
      </form>
      <p class="export">
        Export this selection: <a href={exportUrl('csv')} download>CSV</a> · <a href={exportUrl('jsonl')} download>JSON Lines</a>
      </p>
      <Results kind={kind} filters={filters} offset={offset} />
    </section>
  );
}
