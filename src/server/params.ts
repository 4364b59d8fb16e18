import { z } from 'zod';
import { isCalendarDate } from '../doc/input.js';

/**
 * The zod schemas of every request parameter and body: requests are checked here, at the edge, and
 * the handlers get typed values. The same schemas make the OpenAPI document.
 */

export const MAX_PAGE = 500;
export const MAX_OFFSET = 1_000_000;
/** Rows one export may hold. */
export const MAX_EXPORT = 100_000;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date')
  .describe('YYYY-MM-DD');
const words = (max: number) => z.string().trim().min(1).max(max);
const limit = (fallback: number) => z.coerce.number().int().min(1).max(MAX_PAGE).default(fallback).describe(`at most ${MAX_PAGE}`);
const offset = z.coerce.number().int().min(0).max(MAX_OFFSET).default(0);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** `A:B`, each side an actor code prefix or a part of a name. */
export const DyadParam = z
  .string()
  .max(200)
  .regex(/^[^:]+:[^:]+$/, 'a dyad is SOURCE:TARGET, e.g. USA:IRN')
  .transform((v) => {
    const [source, target] = v.split(':').map((s) => s.trim());
    return { source: source!, target: target! };
  })
  .refine((d) => d.source.length > 0 && d.target.length > 0, 'a dyad is SOURCE:TARGET, e.g. USA:IRN')
  .describe('SOURCE:TARGET, each an actor code prefix or part of a name (USA:IRN)');

export const IdParams = z.object({ id: z.string().min(1).max(2000) });

export const ArticleListQuery = z.strictObject({ since: day.optional(), until: day.optional(), source: words(200).optional(), limit: limit(50), offset });

export const SearchQuery = z.strictObject({ q: words(500).describe('words to find'), limit: limit(20), offset });

export const ActorListQuery = z.strictObject({ q: words(200).optional().describe('part of a name, a code or an actor id'), limit: limit(50) });

export const EventQuery = z.strictObject({
  actor: words(200).optional().describe('source or target: actor code prefix or part of a name'),
  dyad: DyadParam.optional(),
  both: flag.optional().describe('with dyad: also events from target to source'),
  code: z.string().regex(/^\d{2,4}$/, 'a CAMEO code is 2 to 4 digits').optional(),
  root: z.string().regex(/^\d{2}$/, 'a CAMEO root is 2 digits').optional(),
  quad: z.coerce.number().int().min(1).max(4).optional().describe('1 verbal cooperation … 4 material conflict'),
  place: words(200).optional(),
  since: day.optional(),
  until: day.optional(),
  ids: z
    .string()
    .max(40_000)
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .refine((ids) => ids.length <= MAX_PAGE, `at most ${MAX_PAGE} ids`)
    .optional()
    .describe('comma-separated event ids'),
  evidence: flag.optional().describe('attach every article mention of each event (evidence, rule, confidence)'),
  limit: limit(100),
  offset,
});

export const QuoteQuery = z.strictObject({
  speaker: words(200).optional().describe('part of the speaker name, or an actor id'),
  text: words(500).optional().describe('words the quotation contains'),
  limit: limit(100),
  offset,
});

export const TimelineQuery = z.strictObject({
  dyad: DyadParam,
  by: z.enum(['day', 'week', 'month']).default('month'),
  both: flag.optional().describe('also count events from target to source'),
  since: day.optional(),
  until: day.optional(),
});

export const ExportParams = z.object({ what: z.enum(['articles', 'events', 'quotes', 'actors']) });

/** One export: the filters of the matching list, a format, and an upper bound on rows. */
export const ExportQuery = z.strictObject({
  format: z.enum(['csv', 'jsonl']).default('jsonl'),
  max: z.coerce.number().int().min(1).max(MAX_EXPORT).default(MAX_EXPORT),
  // Articles
  q: words(500).optional(),
  source: words(200).optional(),
  // Events
  actor: words(200).optional(),
  dyad: DyadParam.optional(),
  both: flag.optional(),
  code: z.string().regex(/^\d{2,4}$/).optional(),
  root: z.string().regex(/^\d{2}$/).optional(),
  quad: z.coerce.number().int().min(1).max(4).optional(),
  place: words(200).optional(),
  // Quotes
  speaker: words(200).optional(),
  text: words(500).optional(),
  since: day.optional(),
  until: day.optional(),
});

const articleText = z.string().min(1, 'text is empty').describe('the article as plain text');

export const ExtractBody = z.strictObject({
  text: articleText,
  date: day.optional().describe('publication date: anchors relative dates'),
  title: z.string().max(1000).optional(),
  url: z.string().max(2000).optional(),
  source: z.string().max(200).optional(),
});

const httpUrl = z
  .string()
  .max(2000)
  .refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), 'an http(s) URL');

/** What POST /api/ingest stores: a text, or a page or feed fetched from its URL. */
export const IngestBody = z
  .strictObject({
    text: articleText.optional(),
    url: httpUrl.optional().describe('a page or a feed'),
    feed: httpUrl.optional().describe('a feed (RSS or Atom): every item is read'),
    date: day.optional(),
    title: z.string().max(1000).optional(),
    source: z.string().max(200).optional(),
    id: z.string().min(1).max(500).optional(),
  })
  .refine((b) => [b.text, b.url, b.feed].filter((v) => v !== undefined).length === 1, 'give exactly one of text, url or feed');
