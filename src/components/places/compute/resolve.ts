import type { Doc } from '../../../doc/schema.js';
import type { Kb } from '../../../kb/kb.js';
import type { Candidate } from '../model/gazetteer.js';
import { documentFocus, focusShare, type Focus } from './focus.js';
import type { PlaceSpan } from './spans.js';

/** What a span resolved to, how sure, and why. */
export interface Resolution {
  best: Candidate;
  /** The best candidate's share of the evidence (softmax over the candidates' scores), 0–1. */
  sure: number;
  /** Why, in a few words: the prior, then the strongest evidence ("largest capital named Tripoli; …"). */
  reason: string;
}

/**
 * Points of evidence. A prior from what the place is (a country outweighs any town of its name; a town's
 * weight grows with the logarithm of its population), then what the text says: "City, Region", a region or
 * country named in the same sentence, the document's focus countries, other places nearby, cue words.
 */
const POINTS = {
  country: 10,
  reviewed: 8.5,
  regionBase: 2.5,
  capital: 1.5,
  seat: 0.5,
  followerRegion: 6,
  followerCountry: 4.5,
  focus: 3,
  sentenceCountry: 1.5,
  sentenceRegion: 2.5,
  possessor: 2,
  demonym: 1,
  sentenceCap: 4,
  docRegion: 2,
  holdsNamed: 3.5,
  siblings: 4,
  near: 2,
  fairlyNear: 1.25,
  cue: 4,
  cityCue: 1.5,
  metonym: 1.5,
  kbCountry: 0.5,
  coordinated: 2,
} as const;

/** Candidates scored per name, largest first: enough for every reading a text can mean. */
const MAX_CANDIDATES = 40;

/** Why points were given: a reason kind and up to two words for its message, formatted only for the winner. */
type Why = [points: number, kind: number, a: string, b: string];

const REASON = {
  country: 0, reviewed: 1, region: 2, largest: 3, city: 4, pattern: 5, regionCue: 6, notCountry: 7, cityCue: 8,
  metonym: 9, focus: 10, possessor: 11, inSentence: 12, demonym: 13, docRegion: 14, holds: 15, near: 16, fairlyNear: 17,
  siblings: 18, coordinated: 19,
} as const;

/** What joins two names of one kind: "X and Y", "X or Y", "X State and Y". */
const COORDINATION = /^\s+(?:(?:State|Province|Region|County|City|Oblast)\s+)?(?:and|or)\s+$/;

/** Other first-level regions of a country a text must name for a name to read as one more of them. */
const SIBLING_REGIONS = 3;

function describe([, kind, a, b]: Why): string {
  switch (kind) {
    case REASON.country: return 'country';
    case REASON.reviewed: return 'reviewed entry';
    case REASON.region: return `first-level region of ${a}`;
    case REASON.largest: return `largest ${a} named ${b}`;
    case REASON.city: return `${a} of ${b}`;
    case REASON.pattern: return `"${a}, ${b}"`;
    case REASON.regionCue: return 'named as a region';
    case REASON.notCountry: return 'named as a region, not a country';
    case REASON.cityCue: return 'named as a city';
    case REASON.metonym: return 'stands for a government';
    case REASON.focus: return `document's focus country ${a}`;
    case REASON.possessor: return `"${a}'s ${b}"`;
    case REASON.inSentence: return `${a} named in the sentence`;
    case REASON.demonym: return `"${a}" in the sentence`;
    case REASON.docRegion: return `${a} named in the text`;
    case REASON.holds: return `holds ${a}, named in the text`;
    case REASON.near: return `near ${a} (${b} km)`;
    case REASON.siblings: return `${a} other regions of ${b} named in the text`;
    case REASON.coordinated: return `named with ${a}, a ${b}`;
    default: return `${b} km from ${a}`;
  }
}

interface Scored {
  c: Candidate;
  base: number;
  score: number;
}

/** Resolves every span in two passes: on its own words first, then with the document's focus and neighbours. */
export function resolveSpans(doc: Doc, kb: Kb, spans: readonly PlaceSpan[]): { resolved: Array<Resolution | null>; focus: Focus } {
  const setup: Setup = { spans, pairs: followerPairs(doc, spans), kb };
  const { pairs } = setup;
  // A name read the same way in the same surroundings resolves the same: plain repeats ("Syria" fifteen
  // times) are scored once per pass (once per sentence in the second, whose evidence is partly the sentence's).
  const plain = (s: PlaceSpan, k: number) => pairs.follower[k]! < 0 && pairs.leader[k]! < 0 && !s.cue && !s.metonymic;
  // A name only one country or reviewed place bears ("Syria", "Strait of Hormuz") needs no scoring.
  const sole = new Map<Candidate, Resolution>();
  const only = (s: PlaceSpan): Resolution | null => {
    const c = s.candidates.length === 1 ? s.candidates[0]! : null;
    if (!c || (c.source !== 'country' && c.source !== 'reviewed')) return null;
    let r = sole.get(c);
    if (!r) sole.set(c, (r = { best: c, sure: 1, reason: `${describe(baseWhy(c, 0))}; the only place of that name` }));
    return r;
  };
  const memo1 = new Map<string, Resolution | null>();
  const pass1 = spans.map((s, k) => {
    const one = only(s);
    if (one) return one;
    if (!plain(s, k)) return choose(score(s, k, setup, null));
    let r = memo1.get(s.key);
    if (r === undefined) memo1.set(s.key, (r = choose(score(s, k, setup, null))));
    return r;
  });
  const focus = documentFocus(doc, spans, pass1);
  const ctx = documentContext(doc, spans, pass1, focus);
  const memo2 = new Map<string, Resolution | null>();
  const resolved = spans.map((s, k) => {
    const one = only(s);
    if (one) return one;
    const key = plain(s, k) ? s.key + '\u0000' + s.sentence + '\u0000' + s.spatial : '';
    const known = key ? memo2.get(key) : undefined;
    if (known !== undefined) return known;
    const scored = score(s, k, setup, ctx);
    let r = choose(scored);
    if (r && refused(s, scored, r)) r = null;
    if (r) r.reason = explain(s, k, setup, ctx, r.best);
    if (key) memo2.set(key, r);
    return r;
  });
  return { resolved, focus };
}

/** What the rest of the document says, gathered once: first readings by sentence and overall, demonyms by sentence. */
interface Context {
  text: string;
  spans: readonly PlaceSpan[];
  first: ReadonlyArray<Resolution | null>;
  focus: Focus;
  /** Span indices of each sentence. */
  bySentence: Map<number, number[]>;
  /** Each first reading once, with the names that led to it. */
  readings: Array<{ w: Candidate; keys: Set<string> }>;
  /** Countries of the demonyms of each sentence, with the demonym's words. */
  demonyms: Map<number, Map<string, string>>;
  /** What the rest of the document says of each reading of each name (see `nearby`). */
  nearby: Map<string, Map<Candidate, Nearby>>;
  /** The first readings of the names listed right before and after each span (see `listNeighbours`). */
  joins: Map<number, ListNeighbour[]>;
}

interface ListNeighbour {
  feature: Candidate['feature'];
  text: string;
  key: string;
  /** Joined by "and"/"or" rather than a list's comma. */
  and: boolean;
}

/**
 * The names next to span k in its sentence joined to it by "and", "or" or a list's comma, read as first resolved;
 * the one after it first, the name a reason gives when both match.
 */
function listNeighbours(ctx: Context, s: PlaceSpan, k: number): ListNeighbour[] {
  const out: ListNeighbour[] = [];
  for (const j of [k + 1, k - 1]) {
    const t = ctx.spans[j];
    const w = ctx.first[j]?.best;
    if (!t || !w || t.sentence !== s.sentence) continue;
    const between = j < k ? ctx.text.slice(t.end, s.start) : ctx.text.slice(s.end, t.start);
    const and = COORDINATION.test(between);
    if (and || /^,\s+$/.test(between)) out.push({ feature: w.feature, text: t.text, key: t.key, and });
  }
  return out;
}

function documentContext(doc: Doc, spans: readonly PlaceSpan[], first: ReadonlyArray<Resolution | null>, focus: Focus): Context {
  const bySentence = new Map<number, number[]>();
  const byId = new Map<string, { w: Candidate; keys: Set<string> }>();
  spans.forEach((s, j) => {
    const list = bySentence.get(s.sentence);
    if (list) list.push(j);
    else bySentence.set(s.sentence, [j]);
    const w = first[j]?.best;
    if (!w) return;
    const r = byId.get(w.id);
    if (r) r.keys.add(s.key);
    else byId.set(w.id, { w, keys: new Set([s.key]) });
  });
  const demonyms = new Map<number, Map<string, string>>();
  let t = 0;
  for (const m of doc.mentions) {
    if (m.kind !== 'demonym' || !m.country) continue;
    while (t < doc.tokens.length && doc.tokens[t]!.end <= m.start) t++;
    const sentence = doc.tokens[t]?.sentence;
    if (sentence === undefined) continue;
    let d = demonyms.get(sentence);
    if (!d) demonyms.set(sentence, (d = new Map()));
    if (!d.has(m.country)) d.set(m.country, m.text);
  }
  return { text: doc.text, spans, first, focus, bySentence, readings: [...byId.values()], demonyms, nearby: new Map(), joins: new Map() };
}

/** follower[k] = index of the span that follows span k after a comma ("Paris, Texas"), or -1; leader likewise. */
function followerPairs(doc: Doc, spans: readonly PlaceSpan[]): { follower: number[]; leader: number[] } {
  const follower = spans.map(() => -1);
  const leader = spans.map(() => -1);
  for (let k = 0; k + 1 < spans.length; k++) {
    const between = doc.text.slice(spans[k]!.end, spans[k + 1]!.start);
    if (/^,\s{1,2}$/.test(between) && !spans[k]!.possessive) {
      follower[k] = k + 1;
      leader[k + 1] = k;
    }
  }
  return { follower, leader };
}

/** Whether `outer` (a region or country) contains `inner`. */
function contains(outer: Candidate, inner: Candidate): 'region' | 'country' | null {
  if (outer.id === inner.id) return null;
  if (outer.feature === 'region' && ((outer.admin && outer.admin === inner.admin) || (outer.regionCode && outer.regionCode === inner.regionCode))) return 'region';
  if (outer.feature === 'country' && inner.feature !== 'country' && outer.country === inner.country) return 'country';
  return null;
}

function baseOf(c: Candidate, kbCountry: string | undefined): number {
  // Of two countries a name may mean ("Congo"), the one the knowledge base gives it comes first.
  if (c.source === 'country') return POINTS.country + (c.country === kbCountry ? POINTS.kbCountry : 0);
  if (c.source === 'region') return POINTS.regionBase + 0.5 * Math.log10(c.population + 1);
  const rank = c.rank === 'capital' ? POINTS.capital : c.rank === 'seat' ? POINTS.seat : 0;
  const city = c.feature === 'city' ? Math.log10(c.population + 10) + rank : 0;
  // A reviewed city that is a GeoNames city keeps its population's weight, a little more for being reviewed.
  if (c.source === 'reviewed') return c.feature === 'city' && c.population ? city + 0.5 : POINTS.reviewed;
  return city;
}

function baseWhy(c: Candidate, largestCity: number): Why {
  if (c.source === 'country') return [0, REASON.country, '', ''];
  if (c.source === 'region') return [0, REASON.region, c.country ?? '', ''];
  if (c.source === 'reviewed') return [0, REASON.reviewed, '', ''];
  const what = c.rank === 'capital' ? 'capital' : c.rank === 'seat' ? 'regional seat' : 'place';
  return c.population >= largestCity ? [0, REASON.largest, what, `${c.name} (${people(c.population)})`] : [0, REASON.city, what, people(c.population)];
}

/** The spans of the document, their "City, Region" pairs, and the knowledge base. */
interface Setup {
  spans: readonly PlaceSpan[];
  pairs: { follower: number[]; leader: number[] };
  kb: Kb;
}

/**
 * Sums a candidate's points; writes down why only when asked (for the winner), so scoring the others
 * allocates nothing.
 */
class Tally {
  total = 0;
  why: Why[] | null = null;
  add(points: number, kind: number, a = '', b = ''): void {
    if (!points) return;
    this.total += points;
    this.why?.push([points, kind, a, b]);
  }
}

function score(s: PlaceSpan, k: number, setup: Setup, ctx: Context | null): Scored[] {
  let list = s.candidates;
  if (list.length > MAX_CANDIDATES) list = [...list].sort((a, b) => b.population - a.population).slice(0, MAX_CANDIDATES);
  const kbCountry = setup.kb.countryByName.get(s.key);
  const tally = new Tally();
  const out: Scored[] = [];
  for (const c of list) {
    tally.total = 0;
    const base = baseOf(c, kbCountry);
    tally.add(base, -1);
    evidence(s, k, setup, ctx, c, tally);
    out.push({ c, base, score: tally.total });
  }
  return out;
}

/** The reasons for one candidate: its prior, then the evidence for it, strongest first. */
function explain(s: PlaceSpan, k: number, setup: Setup, ctx: Context | null, c: Candidate): string {
  let largestCity = 0;
  for (const x of s.candidates) if (x.source === 'city') largestCity = Math.max(largestCity, x.population);
  const tally = new Tally();
  tally.why = [];
  evidence(s, k, setup, ctx, c, tally);
  return [describe(baseWhy(c, largestCity)), ...tally.why.sort((a, b) => b[0] - a[0]).slice(0, 2).map(describe)].join('; ');
}

function evidence(s: PlaceSpan, k: number, { spans, pairs }: Setup, ctx: Context | null, c: Candidate, tally: Tally): void {
  // "Paris, Texas": the name after the comma holds this one; and Texas is the region holding a Paris.
  const f = pairs.follower[k]!;
  if (f >= 0) {
    const how = bestContainment(spans[f]!.candidates, c, true);
    if (how) tally.add(how === 'region' ? POINTS.followerRegion : POINTS.followerCountry, REASON.pattern, s.text, spans[f]!.text);
  }
  const l = pairs.leader[k]!;
  if (l >= 0) {
    const how = bestContainment(spans[l]!.candidates, c, false);
    if (how) tally.add(how === 'region' ? POINTS.followerRegion : POINTS.followerCountry, REASON.pattern, spans[l]!.text, s.text);
  }
  if (s.cue === 'region' && c.feature === 'region') tally.add(POINTS.cue, REASON.regionCue);
  // "Georgia state", "Punjab province": not the country of that name.
  if (s.cue === 'region' && c.feature === 'country') tally.add(-POINTS.cue / 2, REASON.notCountry);
  if (s.cue === 'city' && c.feature === 'city') tally.add(POINTS.cityCue, REASON.cityCue);
  if (s.metonymic && (c.feature === 'country' || c.rank === 'capital' || c.source === 'reviewed')) tally.add(POINTS.metonym, REASON.metonym);
  if (ctx) contextPoints(ctx, s, k, c, tally);
}

/** How the best of `list` relates to `c`: holding it (`outer`) or held by it. */
function bestContainment(list: readonly Candidate[], c: Candidate, outer: boolean): 'region' | 'country' | null {
  let best: 'region' | 'country' | null = null;
  for (const x of list) {
    const h = outer ? contains(x, c) : contains(c, x);
    if (h === 'region') return h;
    if (h) best = h;
  }
  return best;
}

/** Points from the rest of the document: focus countries, the sentence's countries and regions, places nearby. */
function contextPoints(ctx: Context, s: PlaceSpan, k: number, c: Candidate, tally: Tally): void {
  const { spans, first, focus } = ctx;
  const share = c.country ? focusShare(focus, s.key, c.country) : 0;
  if (share > 0) tally.add(POINTS.focus * share, REASON.focus, c.country!);

  // The sentence: a country or region holding this reading, best when it owns the name ("India's Punjab").
  let local = 0;
  let localWhy: Why | null = null;
  for (const j of ctx.bySentence.get(s.sentence) ?? []) {
    const t = spans[j]!;
    const w = first[j]?.best;
    if (j === k || !w || t.key === s.key) continue;
    // The sentence's place holds this reading, or this reading holds it ("Congo's president … Kinshasa").
    const how = contains(w, c) ?? contains(c, w);
    if (!how) continue;
    const possessor = t.possessive && t.last + 1 <= s.first && s.first - t.last <= 3;
    const points = (how === 'region' ? POINTS.sentenceRegion : POINTS.sentenceCountry) + (possessor ? POINTS.possessor : 0);
    if (points > local) [local, localWhy] = [points, possessor ? [0, REASON.possessor, t.text, s.text] : [0, REASON.inSentence, t.text, '']];
  }
  // "between New York State and Quebec": names joined by "and"/"or" are places of one kind, a region with a region;
  // unless the list they close holds another kind ("Virginia, Washington and Washington, D.C.").
  let join = ctx.joins.get(k);
  if (!join) ctx.joins.set(k, (join = listNeighbours(ctx, s, k)));
  const joined = join.find((x) => x.and && x.feature === c.feature && x.key !== s.key);
  if (joined && join.every((x) => x.feature === c.feature)) tally.add(POINTS.coordinated, REASON.coordinated, joined.text, c.feature);
  // Demonyms ("the Lebanese army deployed in Tripoli").
  if (c.feature !== 'country' && c.country && POINTS.demonym > local) {
    const d = ctx.demonyms.get(s.sentence)?.get(c.country);
    if (d) [local, localWhy] = [POINTS.demonym, [0, REASON.demonym, d, '']];
  }
  if (localWhy) tally.add(Math.min(local, POINTS.sentenceCap), localWhy[1], localWhy[2], localWhy[3]);

  // The document: a region named elsewhere holding this reading, or held by it; the nearest named place.
  // None of it depends on the sentence, so it is worked out once per reading.
  let byCandidate = ctx.nearby.get(s.key);
  if (!byCandidate) ctx.nearby.set(s.key, (byCandidate = new Map()));
  let near = byCandidate.get(c);
  if (!near) byCandidate.set(c, (near = nearby(ctx, s, c)));
  const { docRegion, holds, nearest, nearestName, siblings } = near;
  // "Alabama, Alaska, …, Delaware": in a text naming several regions of a country, one more name is one more of them,
  // not a town of that name in a region named beside it (Delaware, Ohio).
  if (siblings >= SIBLING_REGIONS) tally.add(POINTS.siblings, REASON.siblings, String(siblings), c.country ?? '');
  if (docRegion && !local) tally.add(POINTS.docRegion, REASON.docRegion, docRegion);
  if (holds) tally.add(POINTS.holdsNamed, REASON.holds, holds);
  if (nearest < 150) tally.add(POINTS.near, REASON.near, nearestName, String(Math.round(nearest)));
  else if (nearest < 600) tally.add(POINTS.fairlyNear, REASON.fairlyNear, nearestName, String(Math.round(nearest)));
}

interface Nearby {
  docRegion: string;
  holds: string;
  /** For a first-level region: how many other regions of its country the document names. */
  siblings: number;
  nearest: number;
  nearestName: string;
}

function nearby(ctx: Context, s: PlaceSpan, c: Candidate): Nearby {
  let docRegion = '';
  let holds = '';
  let nearest = Infinity;
  let nearestName = '';
  let siblings = 0;
  const region = c.source === 'region';
  for (const { w, keys } of ctx.readings) {
    if (keys.size === 1 && keys.has(s.key)) continue;
    if (w.id === c.id) continue;
    if (region && w.source === 'region' && w.country === c.country) siblings++;
    if (!docRegion && contains(w, c) === 'region') docRegion = w.name;
    if (!holds && c.feature === 'region' && contains(c, w) === 'region') holds = w.name;
    if (c.lat !== null && c.lon !== null && w.lat !== null && w.lon !== null && (w.feature === 'city' || w.feature === 'landmark')) {
      const d = km(c.lat, c.lon, w.lat, w.lon);
      if (d < nearest) [nearest, nearestName] = [d, w.name];
    }
  }
  return { docRegion, holds, nearest, nearestName, siblings };
}

/** The best-scored candidate and its share of the evidence; the reason is written by the caller. */
function choose(scored: Scored[]): Resolution | null {
  if (!scored.length) return null;
  let best = scored[0]!;
  for (const x of scored) if (x.score > best.score || (x.score === best.score && x.c.population > best.c.population)) best = x;
  let z = 0;
  for (const x of scored) z += Math.exp(x.score - best.score);
  return { best: best.c, sure: Math.round((1 / z) * 100) / 100, reason: '' };
}

/**
 * A far-fetched match is refused rather than guessed: a small town that nothing in the text supports, for a
 * name no preposition puts on the map and the entity layer did not call a location.
 */
function refused(s: PlaceSpan, scored: Scored[], r: Resolution): boolean {
  const best = scored.find((x) => x.c === r.best)!;
  const support = best.score - best.base;
  const located = s.spatial || s.mention?.type === 'LOCATION' || s.mention?.type === 'COUNTRY';
  // A small region the entity layer did not call a place ("the Gulf" is no province of Papua New Guinea).
  if (best.c.source === 'region') return !located && best.base < 5.5 && support < 1;
  if (best.c.source !== 'city') return false;
  if (best.c.population < 5_000 && support < 1) return true;
  return !located && best.c.population < 20_000 && support < 1.5;
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

function people(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M people`;
  if (n >= 1e3) return `${Math.round(n / 1e3)}k people`;
  return `${n} people`;
}
