import type { Doc, Entity } from '../doc/schema.js';
import { contentHash, stableId } from './hash.js';
import { bandKeys, signature } from './minhash.js';
import { packJson } from './packed-json.js';
import { sentenceHashes } from './sentences.js';
import { actorIdOf, normalizeName } from './actor-id.js';

export { actorIdOf, normalizeName };

/** One article as read from a file, page or feed, before extraction. */
export interface ArticleInput {
  /** Given id (from a corpus line or a feed guid / URL); the content hash stands in when missing. */
  id: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
  /** Author line of a page, when it has one. */
  byline?: string | null;
  text: string;
  /** Where it was read from (file:line, URL), for error reports. */
  origin: string;
}

export interface ArticleRecord {
  id: string;
  hash: string;
  title: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
  byline: string | null;
  text: string;
  /** The document's annotations (every layer except tokens) as packed JSON (packed-json.ts). */
  annotations: Buffer;
  version: string;
}

export interface ActorRecord {
  id: string;
  name: string;
  type: Entity['type'];
  code: string | null;
  country: string | null;
  mentions: number;
}

export interface QuoteRecord {
  id: string;
  speakerId: string | null;
  speakerName: string | null;
  kind: string;
  text: string;
  cue: string | null;
  start: number;
  end: number;
}

export interface ActorSide {
  /** Merge key of the side: the actor code, else the cross-document actor id, else null. */
  key: string | null;
  code: string | null;
  actorId: string | null;
  name: string | null;
}

export interface EventMentionRecord {
  id: string;
  source: ActorSide;
  target: ActorSide;
  cameo: string;
  root: string;
  plover: string | null;
  quad: number;
  goldstein: number;
  /** YYYY-MM-DD: the event's own date when the text gives a day, else the article's date. */
  date: string | null;
  place: string | null;
  evidence: string;
  rule: string;
  confidence: number;
}

/** Everything the store writes for one article. */
export interface PreparedArticle {
  article: ArticleRecord;
  signature: Uint32Array;
  bands: number[];
  /** Sentence fingerprints (see sentences.ts). */
  sentences: number[];
  actors: ActorRecord[];
  quotes: QuoteRecord[];
  events: EventMentionRecord[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The words an event was coded from, as the store keeps them: its evidence spans joined by " … ". */
export function evidenceText(text: string, ev: Pick<Doc['events'][number], 'evidence'>): string {
  return ev.evidence.map((s) => s.text ?? text.slice(s.start, s.end)).join(' … ');
}

export function articleId(input: ArticleInput, hash: string): string {
  return input.id && input.id.trim() ? input.id.trim() : `sha:${hash}`;
}

/** Turns an extracted document into the rows the store keeps. */
export function prepareArticle(input: ArticleInput, doc: Doc, hash: string, version: string): PreparedArticle {
  const id = articleId(input, hash);
  // The text alone: a reprint often changes the headline.
  const sig = signature(input.text);
  const entityById = new Map(doc.entities.map((e) => [e.id, e]));

  const actors: ActorRecord[] = [];
  const actorOfEntity = new Map<string, ActorRecord>();
  const byActor = new Map<string, ActorRecord>();
  for (const e of doc.entities) {
    const aid = actorIdOf(e);
    if (!normalizeName(e.name)) continue;
    let a = byActor.get(aid);
    if (!a) {
      a = { id: aid, name: e.name, type: e.type, code: e.actor, country: e.country, mentions: 0 };
      byActor.set(aid, a);
      actors.push(a);
    }
    a.code ??= e.actor;
    a.mentions += e.mentions.length;
    actorOfEntity.set(e.id, a);
  }

  const quotes: QuoteRecord[] = doc.quotes.map((q) => {
    const speaker = q.speaker ? actorOfEntity.get(q.speaker) : undefined;
    return {
      id: stableId('q:', id, q.content.start, q.content.end),
      speakerId: speaker?.id ?? null,
      speakerName: speaker?.name ?? (q.speaker ? entityById.get(q.speaker)?.name ?? null : null),
      kind: q.kind,
      text: q.content.text,
      cue: q.cue?.text ?? null,
      start: q.content.start,
      end: q.content.end,
    };
  });

  const side = (ref: Doc['events'][number]['source']): ActorSide => {
    const actor = ref?.entity ? actorOfEntity.get(ref.entity) : undefined;
    const code = ref?.actor ?? actor?.code ?? null;
    const name = actor?.name ?? ref?.text ?? null;
    return { key: code ?? actor?.id ?? (name ? `text:${normalizeName(name)}` : null), code, actorId: actor?.id ?? null, name };
  };
  const events: EventMentionRecord[] = doc.events.map((ev) => {
    const evidence = evidenceText(doc.text, ev);
    const first = ev.evidence[0];
    return {
      id: stableId('m:', id, ev.cameo, first?.start, first?.end, ev.source?.actor, ev.target?.actor),
      source: side(ev.source),
      target: side(ev.target),
      cameo: ev.cameo,
      root: ev.root,
      plover: ev.plover,
      quad: ev.quad,
      goldstein: ev.goldstein,
      date: ev.date && DAY.test(ev.date) ? ev.date : doc.meta.date,
      place: ev.place,
      evidence,
      rule: ev.rule,
      confidence: ev.confidence,
    };
  });

  const { text: _text, tokens: _tokens, ...annotations } = doc;
  return {
    article: {
      id,
      hash,
      title: input.title,
      date: doc.meta.date,
      url: input.url,
      source: input.source,
      byline: input.byline ?? null,
      text: input.text,
      annotations: packJson(JSON.stringify(annotations)),
      version,
    },
    signature: sig,
    bands: bandKeys(sig),
    sentences: sentenceHashes(input.text),
    actors,
    quotes,
    events,
  };
}

export { contentHash };
