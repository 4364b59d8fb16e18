import Parser from 'rss-parser';
import type { ArticleInput } from '../corpus/records.js';
import { toIsoDay } from './dates.js';
import { failure, type Entry } from './entry.js';
import { blockText, readHtml } from './html.js';
import type { Fetcher } from './http.js';
import { parseHTML } from 'linkedom';

export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 2000));
}

/** Plain text of an HTML fragment (a feed item's content), one paragraph per line. */
function fragmentText(html: string): string {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return blockText(document.body as never);
}

/**
 * The items of an RSS or Atom feed. With a fetcher, each item's linked page is fetched and read
 * (feeds mostly carry summaries); the item's own content stands in when the page cannot be had.
 * Item ids are the guid, else the link, so a re-polled feed skips stored items before any fetch.
 */
export async function* readFeed(xml: string, origin: string, fetcher: Fetcher | null): AsyncGenerator<Entry> {
  let feed: Awaited<ReturnType<Parser['parseString']>>;
  try {
    feed = await new Parser().parseString(xml);
  } catch (err) {
    yield failure(origin, `not a readable RSS/Atom feed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    return;
  }
  const feedTitle = feed.title?.trim() || null;
  let n = 0;
  for (const item of feed.items ?? []) {
    n++;
    const link = item.link?.trim() || null;
    const id = item.guid?.trim() || link;
    const itemOrigin = `${origin}#${n}`;
    const load = async (): Promise<ArticleInput> => {
      const encoded = (item as Record<string, unknown>)['content:encoded'];
      const itemHtml = typeof encoded === 'string' && encoded.trim() ? encoded : (item.content ?? item.summary ?? '');
      const itemText = itemHtml ? fragmentText(itemHtml) : (item.contentSnippet ?? '');
      const date = toIsoDay(item.isoDate ?? item.pubDate ?? null);
      let page: ArticleInput | null = null;
      let pageError: string | null = null;
      if (link && fetcher) {
        const res = await fetcher.get(link);
        if (res.status === 'ok') page = readHtml(res.body, link, res.url);
        else pageError = res.status === 'error' ? res.reason : 'not modified';
      }
      // The page wins when it has more text than the item's own content.
      const text = page && page.text.length >= itemText.length ? page.text : itemText;
      if (!text.trim()) throw new Error(`feed item has no text${pageError ? ` (page: ${pageError})` : ''}`);
      return {
        id,
        title: item.title?.trim() || page?.title || null,
        date: date ?? page?.date ?? null,
        url: link,
        source: feedTitle ?? page?.source ?? null,
        byline: item.creator?.trim() || page?.byline || null,
        text,
        origin: link ?? itemOrigin,
      };
    };
    yield { kind: 'article', origin: link ?? itemOrigin, id, load };
  }
}
