import { z } from 'zod';
import type { Doc, Place } from '../doc/schema.js';
import { parseJsonlGold } from './gold.js';

/**
 * Gold for place resolution: one short text per line, the name to look at (its `nth` occurrence, from 0) and
 * the reading a person would choose: the country (ISO-3, null for seas and straits), optionally the ISO
 * 3166-2 region, the feature and whether the name stands for a government; `place: false` when the name is
 * no place there ("Michael Jordan … Jordan").
 */
export const PlaceGoldSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  name: z.string().min(1),
  nth: z.number().int().nonnegative().optional(),
  place: z.boolean().optional(),
  country: z.string().nullable().optional(),
  region: z.string().optional(),
  feature: z.enum(['country', 'city', 'region', 'landmark', 'water']).optional(),
  metonymic: z.boolean().optional(),
  note: z.string().optional(),
});
export type PlaceGold = z.infer<typeof PlaceGoldSchema>;

export interface PlaceOutcome {
  gold: PlaceGold;
  correct: boolean;
  /** What was found on the name ("USA/US-TX city Paris"), or "no place". */
  got: string;
  /** Why it is wrong, when it is. */
  miss: string | null;
  reason: string | null;
}

export interface PlacesScore {
  correct: number;
  total: number;
  accuracy: number;
  /** The same over the lines that name a region, a feature or a metonymic use. */
  region: { correct: number; total: number };
  metonymy: { correct: number; total: number };
}

export function readPlacesGold(raw: string, name: string): PlaceGold[] {
  return parseJsonlGold(raw, name, PlaceGoldSchema, 'place gold').map((r) => r.record);
}

/** The place the document found on the gold name's occurrence (overlapping it), or null. */
function placeOn(doc: Doc, g: PlaceGold): Place | null | undefined {
  let from = -1;
  for (let n = 0; n <= (g.nth ?? 0); n++) {
    from = doc.text.indexOf(g.name, from + 1);
    if (from < 0) return undefined;
  }
  const end = from + g.name.length;
  return doc.places.find((p) => p.start < end && from < p.end) ?? null;
}

export function scorePlace(g: PlaceGold, doc: Doc): PlaceOutcome {
  const p = placeOn(doc, g);
  if (p === undefined) return { gold: g, correct: false, got: 'name not in text', miss: 'name not in text', reason: null };
  const got = p ? `${p.country ?? '-'}${p.regionCode ? '/' + p.regionCode : ''} ${p.feature} ${p.name}${p.metonymic ? ' (metonymic)' : ''}` : 'no place';
  const reason = p?.reason ?? null;
  const fail = (miss: string): PlaceOutcome => ({ gold: g, correct: false, got, miss, reason });
  if (g.place === false) return p ? fail('no place wanted') : { gold: g, correct: true, got, miss: null, reason };
  if (!p) return fail(`want ${g.country ?? 'a place'}`);
  if (g.country !== undefined && p.country !== g.country) return fail(`country ${p.country}, want ${g.country}`);
  if (g.region !== undefined && p.regionCode !== g.region) return fail(`region ${p.regionCode ?? null}, want ${g.region}`);
  if (g.feature !== undefined && p.feature !== g.feature) return fail(`feature ${p.feature}, want ${g.feature}`);
  if (g.metonymic !== undefined && Boolean(p.metonymic) !== g.metonymic) return fail(`metonymic ${Boolean(p.metonymic)}, want ${g.metonymic}`);
  return { gold: g, correct: true, got, miss: null, reason };
}

export function scorePlaces(gold: readonly PlaceGold[], extract: (text: string) => Doc): { outcomes: PlaceOutcome[]; score: PlacesScore } {
  const outcomes = gold.map((g) => scorePlace(g, extract(g.text)));
  const count = (pick: (o: PlaceOutcome) => boolean) => {
    const list = outcomes.filter(pick);
    return { correct: list.filter((o) => o.correct).length, total: list.length };
  };
  const all = count(() => true);
  return {
    outcomes,
    score: {
      ...all,
      accuracy: all.total ? all.correct / all.total : 0,
      region: count((o) => o.gold.region !== undefined),
      metonymy: count((o) => o.gold.metonymic !== undefined),
    },
  };
}

export function formatPlacesReport(outcomes: readonly PlaceOutcome[], score: PlacesScore): string {
  const pct = (c: number, t: number) => (t ? `${((100 * c) / t).toFixed(1)}%` : '-');
  let out = `places: ${score.correct}/${score.total} right (${pct(score.correct, score.total)})\n`;
  out += `  with a region: ${score.region.correct}/${score.region.total}; metonymy: ${score.metonymy.correct}/${score.metonymy.total}\n`;
  const misses = outcomes.filter((o) => !o.correct);
  if (misses.length) out += `\nmisses (${misses.length}):\n`;
  for (const o of misses) out += `  ${o.gold.id}: '${o.gold.name}' → ${o.got}: ${o.miss}${o.reason ? ` [${o.reason}]` : ''}\n`;
  return out;
}
