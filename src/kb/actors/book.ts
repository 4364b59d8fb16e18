import type { Doc } from '../../doc/schema.js';
import type { ActorsFile, ActorRole } from '../kb.js';
import { slug } from '../../text/slug.js';

/** A role as the corpus showed it: first and last seen, and how often. */
export interface SeenRole extends ActorRole {
  lastSeen: string;
  seen: number;
}

interface BookEntry {
  id: string;
  name: string;
  country: string | null;
  aliases: Set<string>;
  roles: SeenRole[];
}

// A role the text says is over is no role held on the article's date.
const PAST_ROLE = /^(?:former|ex-|late|then-|outgoing|previous)\b/i;

/**
 * Actors learned from processed articles: who held which role, seen when. "Kenyan Interior
 * Minister Jonas Mwangi" on 2018-07-16 makes Mwangi KENGOV from that day on, so a bare "Mwangi
 * said" in a later article is coded from the book (`extendKb(kb, book.toActorsFile())`).
 * Only people named in full with a role written beside them are learned: nothing is guessed.
 */
export class ActorBook {
  private entries = new Map<string, BookEntry>();

  get size(): number {
    return this.entries.size;
  }

  /** Learns from one processed article; returns how many roles it added or confirmed. */
  learn(doc: Doc): number {
    const date = doc.meta.date;
    if (!date) return 0;
    let learned = 0;
    for (const e of doc.entities) {
      if (e.type !== 'PERSON' || !e.actorId || !e.name.includes(' ') || !e.country) continue;
      const sector = e.sectors[0];
      if (!sector) continue;
      const written = new Set<string>();
      for (const m of doc.mentions) if (m.entity === e.id && m.role && !PAST_ROLE.test(m.role.text)) written.add(m.role.text);
      if (!written.size) continue;
      let entry = this.entries.get(e.actorId);
      if (!entry) this.entries.set(e.actorId, (entry = { id: e.actorId, name: e.name, country: e.country, aliases: new Set(), roles: [] }));
      for (const v of e.variants) if (v !== e.name) entry.aliases.add(v);
      for (const title of written) {
        const role = entry.roles.find((r) => r.title.toLowerCase() === title.toLowerCase() && r.sector === sector);
        if (role) {
          if (date < role.from!) role.from = date;
          if (date > role.lastSeen) role.lastSeen = date;
          role.seen++;
        } else entry.roles.push({ title, sector, from: date, to: null, lastSeen: date, seen: 1 });
        learned++;
      }
      entry.country = e.country;
    }
    return learned;
  }

  /** The book as an actors file (the format of src/kb/data/actors.json, with seen dates and counts). */
  toActorsFile(): ActorsFile & { actors: Array<{ id: string; roles: SeenRole[] }> } {
    return {
      actors: [...this.entries.values()].map((e) => ({
        id: e.id,
        name: e.name,
        country: e.country,
        aliases: [...e.aliases],
        // Newest first: on a given date the latest role seen so far is the one held.
        roles: [...e.roles].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? '')),
      })),
      organizations: [],
    };
  }

  static fromActorsFile(file: ActorsFile): ActorBook {
    const book = new ActorBook();
    for (const a of file.actors) {
      const id = (a as { id?: string }).id ?? `person:${slug(a.name)}`;
      book.entries.set(id, {
        id,
        name: a.name,
        country: a.country,
        aliases: new Set(a.aliases ?? []),
        roles: a.roles.map((r) => ({ ...r, lastSeen: (r as Partial<SeenRole>).lastSeen ?? r.from ?? '', seen: (r as Partial<SeenRole>).seen ?? 1 })),
      });
    }
    return book;
  }
}
