import type { Doc, Mention } from '../../doc/schema.js';
import { mentionsWithin } from '../../doc/doc.js';
import type { Kb } from '../../kb/kb.js';
import type { Draft } from './index.js';

// When an actor has several sectors, the code names the one that matters most for event data.
const SECTOR_ORDER = ['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG', 'PTY', 'ELI', 'OPP', 'REB', 'INS', 'UAF', 'IGO', 'NGO', 'HRI', 'MED', 'BUS', 'REL', 'EDU', 'HLH', 'LAB', 'REF', 'CVL'];

export function primarySectors(sectors: Iterable<string>): string[] {
  const set = new Set(sectors);
  return SECTOR_ORDER.filter((s) => set.has(s));
}

/** CAMEO-style code: the knowledge base's own code, else country + main sector, else sectors alone. */
export function actorCode(d: Draft): string | null {
  if (d.code) return d.code;
  if (d.type === 'COUNTRY') return d.country;
  const sectors = primarySectors(d.sectors);
  if (d.type === 'MEDIA') return d.country ? `${d.country}MED` : 'MED';
  if (d.country) return d.country + (sectors[0] ?? '');
  if (!sectors.length) return null;
  return sectors.slice(0, 2).join('');
}

/**
 * The country a role phrase gives: the first country, or the country of the first person or
 * organization, named in it. For roles that are sent somewhere (ambassador, envoy), what follows
 * the head noun is the destination, so only what precedes it counts.
 */
export function roleCountry(doc: Doc, m: Mention, draftOf: (id: string | null) => Draft | undefined, kb: Kb): string | null {
  const role = m.role!;
  const headWord = (m.roleHead ?? '').split(/[\s-]/).pop()!;
  const destination = kb.destinationRoles.has(headWord) || kb.destinationRoles.has(m.roleHead ?? '');
  const headAt = headWord ? role.start + role.text.toLowerCase().lastIndexOf(headWord) : role.end;
  for (const x of mentionsWithin(doc, role.start, role.end)) {
    if (x === m || x.kind === 'pronoun') continue;
    if (destination && x.start >= headAt) continue;
    const country = x.country ?? draftOf(x.entity)?.country;
    if (country) return country;
  }
  return null;
}
