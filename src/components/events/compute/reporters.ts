import type { Entity, Mention, Quote } from '../../../doc/schema.js';
import type { ActorRef } from './actorPhrases.js';
import type { Context } from './context.js';
import type { RoleHit } from './roles.js';
import { findSubject } from './subject.js';
import { tokenAtOrAfter } from './view.js';

/** Who reports a clause: a quotation's speaker, or the subject of the speech verb governing a "that"-clause. */
export interface Reporter {
  entity: string | null;
  ref: ActorRef;
  /** The reporter's own subject phrase when found in the text ("we" resolution needs the entity only). */
  hit: RoleHit | null;
  via: 'quote' | 'speech-verb';
  /** The speech verb's view index ("claimed"; a quotation's cue), or -1 when there is none. */
  verb: number;
}

/** How far back from "that" the speech verb may be ("said Thursday, July 19, that"). */
const SPEECH_VERB_REACH = 8;

export class Reporters {
  private readonly byClause = new Map<number, Reporter | null>();
  private readonly bySpeaker = new Map<Quote, ActorRef>();
  private readonly quotes: Quote[];

  constructor(private readonly ctx: Context) {
    this.quotes = [];
    for (const q of ctx.view.doc.quotes) if (q.speaker) this.quotes.push(q);
  }

  /** The mentions of each entity, in document order (built on first use). */
  private byEntity: Map<string, Mention[]> | null = null;

  private mentionsOf(entity: string): readonly Mention[] {
    if (!this.byEntity) {
      this.byEntity = new Map();
      for (const m of this.ctx.view.doc.mentions) {
        const id = m.entity;
        if (id === null || id === undefined) continue;
        const list = this.byEntity.get(id);
        if (list) list.push(m);
        else this.byEntity.set(id, [m]);
      }
    }
    return this.byEntity.get(entity) ?? [];
  }

  /**
   * The speaker as an actor ref. Its span is the speaker's mention nearest the quotation (outside it), else
   * the cue; never the quotation itself, which is not evidence of who spoke.
   */
  private speakerRef(q: Quote): ActorRef {
    const known = this.bySpeaker.get(q);
    if (known) return known;
    const doc = this.ctx.view.doc;
    let e: Entity | undefined;
    for (const x of doc.entities) {
      if (x.id === q.speaker) {
        e = x;
        break;
      }
    }
    let span: { start: number; end: number; text: string } | null = q.source ?? null;
    if (!span) {
      let best = Infinity;
      for (const m of this.mentionsOf(q.speaker!)) {
        if (m.start < q.content.end && q.content.start < m.end) continue;
        const d = m.start >= q.content.end ? m.start - q.content.end : q.content.start - m.end;
        if (d < best && d < 200) {
          best = d;
          span = m;
        }
      }
    }
    span ??= q.cue ?? { start: q.content.start, end: q.content.start, text: '' };
    const ref: ActorRef = {
      entity: q.speaker,
      actor: e?.actor ?? e?.country ?? null,
      country: e?.country ?? null,
      type: e?.type ?? null,
      kind: 'name',
      text: span.text,
      start: span.start,
      end: span.end,
    };
    this.bySpeaker.set(q, ref);
    return ref;
  }

  /** The quotation whose content holds the token, if its speaker is known. */
  quoteAt(i: number): Reporter | null {
    const off = this.ctx.view.starts[i]!;
    for (const q of this.quotes) {
      if (q.content.start <= off && off < q.content.end) {
        const verb = q.cue ? tokenAtOrAfter(this.ctx.view, q.cue.start) : -1;
        return { entity: q.speaker, ref: this.speakerRef(q), hit: null, via: 'quote', verb: verb < this.ctx.view.tokens.length ? verb : -1 };
      }
    }
    return null;
  }

  /** The speech-verb subject for the nearest enclosing "that"-clause. */
  private complementReporter(clauseId: number): Reporter | null {
    if (this.byClause.has(clauseId)) return this.byClause.get(clauseId)!;
    const { view, clauses, kb } = this.ctx;
    const c = clauses.list[clauseId]!;
    let result: Reporter | null = null;
    if (c.kind === 'complement' && c.marker > 0) {
      for (let k = c.marker - 1; k >= 0 && c.marker - k <= SPEECH_VERB_REACH; k--) {
        if (clauses.of[k] !== c.parent) continue;
        if (view.pos[k] !== 'VERB') continue;
        if (kb.speechVerbs.has(view.lemma[k]!)) {
          const hit = findSubject(this.ctx, k);
          const ref = hit?.refs[0];
          if (hit && ref) result = { entity: ref.entity, ref, hit, via: 'speech-verb', verb: k };
        }
        break;
      }
    }
    this.byClause.set(clauseId, result);
    return result;
  }

  /** The reporter of the token's clause: its quotation first, else the closest reporting "that"-clause around it. */
  at(i: number): Reporter | null {
    const quoted = this.quoteAt(i);
    if (quoted) return quoted;
    const { clauses } = this.ctx;
    for (let c = clauses.of[i]!; c >= 0; c = clauses.list[c]!.parent) {
      if (clauses.list[c]!.kind !== 'complement') continue;
      const r = this.complementReporter(c);
      if (r) return r;
    }
    return null;
  }
}
