import type { ActorResponse } from '../../../src/server/api-types.js';
import { get } from '../api.js';
import { EventTable } from '../components/EventTable.js';
import { Network } from '../components/Network.js';
import { AsyncView, Empty } from '../components/States.js';
import { actorRequest } from '../requests.js';
import { href } from '../router.js';
import { useAsync } from '../useAsync.js';

export function ActorPage({ id }: { id: string }) {
  const result = useAsync((signal) => {
    const r = actorRequest(id);
    return get<ActorResponse>(r.path, r.params, signal);
  }, [id]);
  return (
    <AsyncView result={result} what="the actor">
      {({ actor: a, roles, quotes, eventsOut, eventsIn, neighbours }) => (
        <article class="actor">
          <h1>{a.name}</h1>
          <p class="meta">
            {a.type.toLowerCase()}
            {a.code ? ` · ${a.code}` : ''}
            {a.country ? ` · ${a.country}` : ''} · {a.numArticles} articles, {a.numMentions} mentions · seen {a.firstSeen ?? '?'} – {a.lastSeen ?? '?'}
          </p>
          <div class="two">
            <section>
              <h2>Roles and codes</h2>
              {roles.length === 0 ? (
                <Empty>No role written beside this actor.</Empty>
              ) : (
                <table class="rows">
                  <thead>
                    <tr>
                      <th>role or code</th>
                      <th>from</th>
                      <th>to</th>
                      <th>articles</th>
                    </tr>
                  </thead>
                  <tbody>
                    {roles.map((r) => (
                      <tr key={`${r.kind}:${r.value}`}>
                        <td>{r.kind === 'code' ? <code>{r.value}</code> : r.value}</td>
                        <td>{r.first ?? '?'}</td>
                        <td>{r.last ?? '?'}</td>
                        <td>{r.articles}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section>
              <h2>Network</h2>
              <Network name={a.name} code={a.code} neighbours={neighbours} />
            </section>
          </div>
          <section>
            <h2>Quotations ({quotes.length})</h2>
            {quotes.length === 0 ? (
              <Empty>No quotation attributed to this actor.</Empty>
            ) : (
              <ul class="plain quotes">
                {quotes.map((q) => (
                  <li key={q.id}>
                    <span class="muted">{q.date ?? 'undated'}</span> {q.text} <a href={href(['article', q.articleId])}>{q.title ?? 'article'}</a>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section>
            <h2>Events as source ({eventsOut.length})</h2>
            <EventTable events={eventsOut} empty="No events with this actor as source." />
          </section>
          <section>
            <h2>Events as target ({eventsIn.length})</h2>
            <EventTable events={eventsIn} empty="No events with this actor as target." />
          </section>
        </article>
      )}
    </AsyncView>
  );
}
