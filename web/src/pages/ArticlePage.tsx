import type { ArticleResponse } from '../../../src/server/api-types.js';
import { get } from '../api.js';
import { AnnotatedDoc } from '../components/AnnotatedDoc.js';
import { AsyncView } from '../components/States.js';
import { articleRequest } from '../requests.js';
import { useAsync } from '../useAsync.js';

function isWikinews(a: ArticleResponse['article']): boolean {
  return /wikinews/i.test(a.source ?? '') || /^https?:\/\/[a-z]+\.wikinews\.org\//i.test(a.url ?? '');
}

/** The credit CC BY 2.5 asks for wherever Wikinews text is shown. */
function WikinewsCredit({ a }: { a: ArticleResponse['article'] }) {
  return (
    <p class="credit" data-testid="attribution">
      “{a.title ?? a.id}”, Wikinews, {a.date ?? 'undated'},{' '}
      {a.url ? (
        <a href={a.url} rel="noopener noreferrer">
          {a.url}
        </a>
      ) : null}
      . Licensed under{' '}
      <a href="https://creativecommons.org/licenses/by/2.5/" rel="license noopener noreferrer">
        CC BY 2.5
      </a>
      . Converted to plain text; captions and datelines removed.
    </p>
  );
}

export function ArticlePage({ id }: { id: string }) {
  const result = useAsync((signal) => {
    const r = articleRequest(id);
    return get<ArticleResponse>(r.path, r.params, signal);
  }, [id]);
  return (
    <AsyncView result={result} what="the article">
      {({ article: a, doc }) => (
        <article>
          <h1>{a.title ?? 'Untitled article'}</h1>
          <p class="meta">
            {a.date ?? 'undated'}
            {a.source ? ` · ${a.source}` : ''}
            {a.byline ? ` · ${a.byline}` : ''}
            {a.url ? (
              <>
                {' · '}
                <a href={a.url} rel="noopener noreferrer">
                  original
                </a>
              </>
            ) : null}
            {a.dupOf ? (
              <>
                {' · near-duplicate of '}
                <a href={`#/article/${encodeURIComponent(a.dupOf)}`}>an earlier article</a>
              </>
            ) : null}
          </p>
          <AnnotatedDoc doc={doc} stored />
          {isWikinews(a) ? <WikinewsCredit a={a} /> : null}
        </article>
      )}
    </AsyncView>
  );
}
