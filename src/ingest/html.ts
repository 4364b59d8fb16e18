import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../corpus/records.js';
import { findDateline, toIsoDay } from './dates.js';

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'BR', 'TABLE', 'UL', 'OL', 'DD', 'DT']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of an element with one paragraph per line, as the corpus format has it. */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') return;
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return out.join('\n');
}

const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datePublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
];

type Doc = ReturnType<typeof parseHTML>['document'];

function metaContent(document: Doc, names: readonly string[]): string | null {
  for (const name of names) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = document.querySelector(`meta[${attr}="${name}" i]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
  }
  return null;
}

/** datePublished from JSON-LD blocks (NewsArticle and friends), also inside @graph arrays. */
function jsonLdDate(document: Doc): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const x = stack.pop();
      if (Array.isArray(x)) stack.push(...x);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        for (const key of ['datePublished', 'dateCreated', 'uploadDate']) {
          const d = typeof o[key] === 'string' ? toIsoDay(o[key]) : null;
          if (d) return d;
        }
        if (o['@graph']) stack.push(o['@graph']);
      }
    }
  }
  return null;
}

/**
 * Main text, title, byline and publication date of an HTML page. The date comes from the first of:
 * Readability's published time, meta tags, JSON-LD, a <time datetime>, a dateline in the text.
 */
export function readHtml(html: string, origin: string, url: string | null = null): ArticleInput {
  const { document } = parseDocument(html);
  const pageTitle = metaContent(document, ['og:title', 'twitter:title']) ?? document.querySelector('title')?.textContent?.trim() ?? null;
  const date =
    toIsoDay(metaContent(document, DATE_META)) ??
    jsonLdDate(document) ??
    toIsoDay(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
  const siteName = metaContent(document, ['og:site_name', 'application-name']);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;

  // Readability changes the document it reads, so it runs after the metadata is taken.
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  let text = '';
  if (article?.content) text = blockText(parseHTML(`<html><body>${article.content}</body></html>`).document.body as unknown as DomNode);
  if (!text) text = blockText((document.body ?? document) as unknown as DomNode);
  let title = article?.title?.trim() || pageTitle;
  // "Headline | Site name": the page's own headline is the cleaner title.
  if (h1 && title && title !== h1 && title.includes(h1)) title = h1;
  // The headline is the title, not the first paragraph of the text.
  if (title && text.startsWith(`${title}\n`)) text = text.slice(title.length + 1);
  return {
    id: null,
    title: title || null,
    date: toIsoDay(article?.publishedTime ?? null) ?? date ?? findDateline(text),
    url: url ?? canonical,
    source: article?.siteName?.trim() || siteName || (url ? hostOf(url) : null),
    text,
    origin,
    byline: article?.byline?.trim() || null,
  };
}

/** linkedom needs a root element: fragments and junk are wrapped in one. */
function parseDocument(html: string): ReturnType<typeof parseHTML> {
  if (/<html[\s>]/i.test(html)) {
    try {
      const parsed = parseHTML(html);
      if (parsed.document.documentElement) return parsed;
    } catch {
      // fall through to the wrapped fragment
    }
  }
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
}

export function looksLikeHtml(head: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(head);
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
