import type { ArticleSummary, Page, StoreStats } from '../../../src/server/api-types.js';
import { get } from '../api.js';
import { AsyncView, Empty } from '../components/States.js';
import { HOME } from '../requests.js';
import { href } from '../router.js';
import { useAsync } from '../useAsync.js';

export function HomePage() {
  const stats = useAsync((signal) => get<StoreStats>(HOME.stats.path, undefined, signal), []);
  const latest = useAsync((signal) => get<Page<ArticleSummary>>(HOME.latest.path, HOME.latest.params, signal), []);
  return (
    <section>
      <h1>Articles</h1>
      <AsyncView result={stats} what="the store">
        {(s) => (
          <p class="meta" data-testid="stats">
            {s.articles} articles, {s.actors} actors, {s.quotes} quotations, {s.events} events ({s.eventMentions} mentions)
          </p>
        )}
      </AsyncView>
      <AsyncView result={latest} what="the latest articles">
        {(p) =>
          p.items.length === 0 ? (
            <Empty>
              The store is empty: run <code>tidings ingest FILE</code>, or try <a href={href(['analyze'])}>Analyze</a>.
            </Empty>
          ) : (
            <ul class="plain results" data-testid="articles">
              {p.items.map((a) => (
                <li key={a.id}>
                  <a href={href(['article', a.id])}>{a.title ?? `Untitled article (${a.id.slice(0, 16)})`}</a> <span class="muted">{a.date ?? 'undated'}{a.source ? ` · ${a.source}` : ''}</span>
                </li>
              ))}
              {p.next !== null ? (
                <li>
                  <a href={href(['search'], { kind: 'articles', offset: p.next })}>more articles →</a>
                </li>
              ) : null}
            </ul>
          )
        }
      </AsyncView>
    </section>
  );
}
