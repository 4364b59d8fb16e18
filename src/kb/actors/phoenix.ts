import type { ActorRole, KnownActor, Organization } from '../kb.js';

/**
 * Reads actor dictionaries in the TABARI/PETRARCH format (Phoenix.Countries.actors.txt and
 * friends), so users of those dictionaries can bring them along:
 *
 *     VLADIMIR_PUTIN_  # comment
 *     +PRESIDENT_PUTIN_            ← another name of the same actor
 *         [RUSELI 700101-990809]    ← a code, valid between two dates (YYMMDD)
 *         [RUSGOV >991231]          ← … from a date on (`<` : until a date)
 *     HAMAS [PSEREBHMS]            ← a code on the name's own line, valid always
 *
 * Underscores join the words of a name; a trailing one marks a word boundary.
 */

export interface PhoenixImport {
  /** People: entries whose codes change with dated roles. */
  actors: KnownActor[];
  /** Named groups with one standing code that says more than a country (HAMAS → PSEREBHMS, UN → IGOUNO). */
  organizations: Organization[];
  /** Names that only stand for a country (cities, regions, spellings of the country): the gazetteer's job. */
  places: number;
  /** Entries with no code at all, which cannot code anything. */
  skipped: number;
  /** Lines that are neither comments, names, synonyms nor codes. */
  unreadable: number;
}

const CODE = /\[([A-Z0-9]{3,})(?:\s+([<>]?\d{6})(?:-(\d{6}))?)?\]/;

/** YYMMDD → YYYY-MM-DD; the dictionaries were written around 2014, so 00–40 are 20xx. */
function isoDate(yymmdd: string): string {
  const yy = Number(yymmdd.slice(0, 2));
  return `${yy <= 40 ? 2000 + yy : 1900 + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

function roleFrom(code: string, date: string | undefined, until: string | undefined): { code: string; from: string | null; to: string | null } {
  if (!date) return { code, from: null, to: null };
  if (date.startsWith('>')) return { code, from: isoDate(date.slice(1)), to: null };
  if (date.startsWith('<')) return { code, from: null, to: isoDate(date.slice(1)) };
  return { code, from: isoDate(date), to: until ? isoDate(until) : null };
}

// Short words the dictionaries shout that are no acronyms.
const NOT_ACRONYMS = new Set(['THE', 'OF', 'AND', 'FOR', 'IN', 'ON', 'AT', 'TO', 'ABU', 'AL', 'EL', 'BIN', 'BEN', 'IBN', 'DE', 'DA', 'DU', 'LA', 'LE', 'VAN', 'VON', 'DOS', 'DEL', 'LOS', 'BAN', 'KIM', 'LEE', 'LI', 'WU', 'HU', 'MA', 'XI']);

/** "VLADIMIR_V._PUTIN_" → "Vladimir V. Putin"; "UN" stays "UN", a leading "THE" goes. */
export function phoenixName(raw: string): string {
  const words = raw.replace(/_+$/, '').split('_').filter(Boolean);
  if (words.length > 1 && words[0] === 'THE') words.shift();
  return words
    .map((w, i) => {
      // Acronyms: dotted (U.N.), a short name alone (NATO, UN), or short words without vowels (BBC, PKK).
      const acronym = /^(?:\p{Lu}\.)+$/u.test(w) || (!NOT_ACRONYMS.has(w) && /^\p{Lu}+$/u.test(w) && ((words.length === 1 && w.length <= 5) || (w.length <= 4 && !/[AEIOU]/.test(w))));
      if (acronym) return w;
      const lower = w.toLowerCase();
      return i > 0 && NOT_ACRONYMS.has(w) && w.length <= 3 && !['ABU', 'AL', 'EL', 'BIN', 'BEN', 'IBN', 'KIM', 'LEE', 'LI', 'WU', 'HU', 'MA', 'XI', 'BAN'].includes(w) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

/**
 * Splits a CAMEO actor code into country and sectors: RUSGOV → RUS + [GOV]; IGOUNO and other
 * codes that start with no country are kept whole.
 */
export function splitActorCode(code: string, isCountry: (iso3: string) => boolean): { country: string | null; sectors: string[]; code: string } {
  const head = code.slice(0, 3);
  if (!isCountry(head)) return { country: null, sectors: [], code };
  const sectors: string[] = [];
  for (let i = 3; i + 3 <= code.length; i += 3) sectors.push(code.slice(i, i + 3));
  return { country: head, sectors, code };
}

export function parsePhoenixActors(text: string, isCountry: (iso3: string) => boolean, isTitle: (word: string) => boolean = () => false /* a title or nationality word */): PhoenixImport {
  const actors: KnownActor[] = [];
  const organizations: Organization[] = [];
  let places = 0;
  let skipped = 0;
  let unreadable = 0;
  let current: { name: string; aliases: string[]; roles: Array<ReturnType<typeof roleFrom>>; dated: boolean } | null = null;
  let inComment = false;

  // "President Putin", "Russian President Vladimir Putin" are Putin with a title: titles and
  // nationalities are read from the text, names from the dictionary.
  const untitled = (names: string[]) => names.filter((n) => !isTitle(n.split(' ')[0]!));
  const finish = () => {
    const c = current;
    current = null;
    if (!c) return;
    if (!c.roles.length) skipped++;
    else if (c.dated) actors.push(toActor(c.name, untitled(c.aliases), c.roles, isCountry));
    else {
      const { country, sectors, code } = splitActorCode(c.roles[0]!.code, isCountry);
      if (country && !sectors.length) places++;
      else organizations.push({ name: c.name, code, country, sectors, type: 'ORGANIZATION', aliases: [...new Set(c.aliases.filter((a) => a !== c.name))] });
    }
  };

  for (const rawLine of text.split(/\r?\n/)) {
    let line = rawLine;
    if (inComment) {
      if (!line.includes('-->')) continue;
      line = line.slice(line.indexOf('-->') + 3);
      inComment = false;
    }
    if (line.includes('<!--')) {
      inComment = !line.includes('-->', line.indexOf('<!--'));
      line = line.slice(0, line.indexOf('<!--'));
    }
    const hash = line.indexOf('#');
    if (hash >= 0) line = line.slice(0, hash);
    if (!line.trim()) continue;
    const code = CODE.exec(line);
    if (/^\s/.test(line)) {
      // A dated code of the entry above.
      if (code && current) {
        current.roles.push(roleFrom(code[1]!, code[2], code[3]));
        current.dated = true;
      } else unreadable++;
      continue;
    }
    const name = line.replace(CODE, '').trim().replace(/\s+/g, '_');
    if (line.startsWith('+')) {
      if (current && name.length > 1) current.aliases.push(phoenixName(name.slice(1)));
      else unreadable++;
      continue;
    }
    if (!/^[\p{L}\p{N}]/u.test(name)) {
      unreadable++;
      continue;
    }
    finish();
    current = { name: phoenixName(name), aliases: [], roles: code ? [roleFrom(code[1]!, code[2], code[3])] : [], dated: false };
  }
  finish();
  return { actors, organizations, places, skipped, unreadable };
}

function toActor(name: string, aliases: string[], roles: Array<ReturnType<typeof roleFrom>>, isCountry: (iso3: string) => boolean): KnownActor {
  const split = roles.map((r) => ({ ...r, ...splitActorCode(r.code, isCountry) }));
  // The actor's country is that of its latest role; an actor of no country keeps its code.
  const latest = split.reduce((a, b) => ((b.from ?? '') >= (a.from ?? '') ? b : a));
  const actorRoles: ActorRole[] = split.map((r) => ({ title: r.code, sector: r.sectors.join('') || (r.country ? '' : r.code), from: r.from, to: r.to }));
  const actor: KnownActor = { name, aliases: [...new Set(aliases.filter((a) => a !== name))], country: latest.country, roles: actorRoles };
  if (!latest.country) actor.code = latest.code;
  return actor;
}
