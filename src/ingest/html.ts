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

/**
 * Text of an element with one paragraph per line, as the corpus format has it. The tree is walked with
 * a stack of its own: a page of 50,000 nested elements would overflow the call stack.
 */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  // An entry is a node to read, or (`end`) the block whose children have all been read.
  const stack: Array<{ node: DomNode; end: boolean }> = [{ node: root, end: false }];
  while (stack.length > 0) {
    const { node, end } = stack.pop()!;
    if (end) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') continue;
    if (BLOCK.has(name)) {
      flush();
      stack.push({ node, end: true });
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]!, end: false });
  }
  flush();
  return out.join('\n');
}

/**
 * Deepest nesting Readability is given. Its time grows with about the cube of the depth (500 nested
 * elements took 2 s, 1,000 took 17 s, 2,000 a minute and a half); real pages nest a few dozen deep.
 * A deeper page is read as its plain block text.
 */
export const MAX_READABLE_DEPTH = 150;

/** Whether some element lies deeper than `limit` below `root` (walked with a stack of its own). */
function deeperThan(root: DomNode, limit: number): boolean {
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i]!;
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return false;
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
  const { document } = parseDocument(nestingDepth(html) > MAX_PARSED_DEPTH ? flattened(html) : html);
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
  if (!deeperThan(document as unknown as DomNode, MAX_READABLE_DEPTH)) {
    try {
      article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    } catch {
      article = null;
    }
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

/**
 * Deepest tag nesting the HTML parser is given: its time grows with the square of the depth (200,000
 * nested elements took half a minute). A page nested deeper is damaged or hostile; it is read as its
 * paragraphs with the markup dropped (see `flattened`).
 */
const MAX_PARSED_DEPTH = 2000;

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** How deep the tags of a page nest, counted from the tags alone in one pass (no parse). */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]{0,2000}?(\/?)>/g)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID_TAGS.has(m[2]!.toLowerCase())) max = Math.max(max, ++depth);
  }
  return max;
}

/** The page without its scripts, styles and templates; one left open runs to the end of the page. */
function withoutRawText(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  const open = /<(script|style|noscript|template)\b/g;
  let at = 0;
  for (let m = open.exec(lower); m; m = open.exec(lower)) {
    parts.push(html.slice(at, m.index), ' ');
    const close = lower.indexOf(`</${m[1]}`, open.lastIndex);
    if (close < 0) return parts.join('');
    at = lower.indexOf('>', close);
    at = at < 0 ? html.length : at + 1;
    open.lastIndex = at;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

/** The page without its nesting: scripts and styles dropped, each block tag a paragraph break, other tags gone. */
function flattened(html: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  const text = withoutRawText(html)
    .replace(/<\/?(?:p|div|h[1-6]|li|blockquote|pre|tr|section|article|header|footer|figcaption|br|table|ul|ol|dd|dt)\b[^>]*>/gi, '\n')
    .replace(/<[^<>]{0,2000}>/g, '');
  const paragraphs = text.split(/\n+/).filter((l) => l.trim());
  return `<!doctype html><html><head><title>${title}</title></head><body>${paragraphs.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
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
