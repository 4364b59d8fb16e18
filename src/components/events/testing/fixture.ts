/**
 * Handmade documents for the events tests: real tokens, POS tags and lemmas from wink-nlp (what the tag
 * component uses), and actor, place, timex and quote layers placed by hand, so the event coder can be
 * tested without the components that normally fill those layers.
 */
import winkNLP, { type ItemSentence, type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createDoc } from '../../../doc/doc.js';
import type { Doc, Entity, EntityType, Mention, Place, Timex } from '../../../doc/schema.js';

const nlp = winkNLP(model);
const its = nlp.its;

/** A document with sentences and tagged tokens, offsets found by walking the text. */
export function taggedDoc(text: string, date = '2018-07-20'): Doc {
  const doc = createDoc(text, { date, id: 'fixture' });
  let cursor = 0;
  nlp.readDoc(text).sentences().each((s: ItemSentence, si: number) => {
    let sStart = -1;
    let sEnd = -1;
    s.tokens().each((t: ItemToken) => {
      const tokenText = t.out();
      const start = text.indexOf(tokenText, cursor);
      if (start < 0 || tokenText.trim() === '') return;
      const end = start + tokenText.length;
      cursor = end;
      if (sStart < 0) sStart = start;
      sEnd = end;
      doc.tokens.push({ start, end, text: tokenText, pos: t.out(its.pos as unknown as ItsFunction<string>), lemma: t.out(its.lemma as unknown as ItsFunction<string>), sentence: si });
    });
    doc.sentences.push({ start: Math.max(sStart, 0), end: Math.max(sEnd, 0) });
  });
  return doc;
}

/** The offset of the n-th (0-based) occurrence of `needle`, starting the search at `after`. */
export function find(text: string, needle: string, nth = 0, after = 0): number {
  let at = text.indexOf(needle, after);
  for (let i = 0; i < nth && at >= 0; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`fixture: "${needle}" not found`);
  return at;
}

interface MentionOptions {
  kind?: Mention['kind'];
  nth?: number;
  after?: string;
  country?: string;
  sectors?: string[];
}

/** Builds the entity, mention, place, timex and quote layers over a tagged document. */
export class DocBuilder {
  readonly doc: Doc;

  constructor(text: string, date?: string) {
    this.doc = taggedDoc(text, date);
  }

  entity(id: string, name: string, type: EntityType, actor: string | null, country: string | null = actor?.slice(0, 3) ?? null): this {
    const e: Entity = { id, name, type, actor, country, sectors: [], roles: [], variants: [], mentions: [] };
    this.doc.entities.push(e);
    return this;
  }

  mention(text: string, entity: string | null, o: MentionOptions = {}): this {
    const after = o.after ? find(this.doc.text, o.after) : 0;
    const start = find(this.doc.text, text, o.nth ?? 0, after);
    const e = this.doc.entities.find((x) => x.id === entity);
    const m: Mention = {
      start,
      end: start + text.length,
      text,
      entity,
      type: e?.type ?? 'MISC',
      kind: o.kind ?? 'name',
      rule: 'fixture',
      ...(o.country ? { country: o.country } : {}),
      ...(o.sectors ? { sectors: o.sectors } : {}),
    };
    this.doc.mentions.push(m);
    this.doc.mentions.sort((a, b) => a.start - b.start);
    e?.mentions.push({ start: m.start, end: m.end, text, kind: m.kind });
    return this;
  }

  /** Every whole-word occurrence of `text` as a mention of the entity. */
  mentions(text: string, entity: string, o: Omit<MentionOptions, 'nth' | 'after'> = {}): this {
    const re = new RegExp(`(?<![\\w])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
    const e = this.doc.entities.find((x) => x.id === entity);
    for (const m of this.doc.text.matchAll(re)) {
      const start = m.index;
      this.doc.mentions.push({
        start,
        end: start + text.length,
        text,
        entity,
        type: e?.type ?? 'MISC',
        kind: o.kind ?? 'name',
        rule: 'fixture',
        ...(o.country ? { country: o.country } : {}),
        ...(o.sectors ? { sectors: o.sectors } : {}),
      });
    }
    this.doc.mentions.sort((a, b) => a.start - b.start);
    return this;
  }

  /** A country entity with every occurrence of its name as a mention, and its capital as a government metonym. */
  country(name: string, iso3: string, capital?: string): this {
    const id = iso3.toLowerCase();
    this.entity(id, name, 'COUNTRY', iso3, iso3).mentions(name, id);
    if (capital) this.mentions(capital, id, { kind: 'metonym', country: iso3, sectors: ['GOV'] });
    return this;
  }

  /** A person entity with every occurrence of each given name form as a mention. */
  person(id: string, names: string[], actor: string): this {
    this.entity(id, names[0]!, 'PERSON', actor);
    for (const n of names) this.mentions(n, id);
    return this;
  }

  place(text: string, country: string, feature: Place['feature'] = 'city', nth = 0): this {
    const start = find(this.doc.text, text, nth);
    this.doc.places.push({ start, end: start + text.length, text, name: text, country, lat: null, lon: null, feature, rule: 'fixture' });
    this.doc.places.sort((a, b) => a.start - b.start);
    return this;
  }

  /** Every occurrence of `text` as a place. */
  places(text: string, country: string, feature: Place['feature'] = 'city'): this {
    let at = this.doc.text.indexOf(text);
    for (let nth = 0; at >= 0; nth++, at = this.doc.text.indexOf(text, at + 1)) this.place(text, country, feature, nth);
    return this;
  }

  timex(text: string, value: string, type: Timex['type'] = 'DATE', nth = 0): this {
    const start = find(this.doc.text, text, nth);
    this.doc.timexes.push({ start, end: start + text.length, text, type, value, anchor: 'document', rule: 'fixture' });
    return this;
  }

  quote(content: string, speaker: string | null, kind: 'direct' | 'indirect' = 'direct'): this {
    const start = find(this.doc.text, content);
    const span = { start, end: start + content.length, text: content };
    this.doc.quotes.push({ kind, content: span, cue: null, speaker, source: null, via: [], truncated: false, evidence: [span], rule: 'fixture' });
    return this;
  }
}
