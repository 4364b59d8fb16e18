/**
 * PLOVER has renamed and split categories between versions. tidings codes in the names of the 2021 CAMEO→PLOVER
 * crosswalk (REQUEST, ACCUSE, ASSAULT for all violence); the PLOVER 0.5/0.6 gold (the GSR of CAMEO manual examples)
 * uses DEMAND, splits ACCUSE into INVESTIGATE and DISAPPROVE, and ASSAULT into FIGHT (conventional military force,
 * CAMEO 19) and ASSAULT. Scoring compares in the gold's own vocabulary; a CAMEO code carries enough to place an
 * event in either.
 */
export type PloverVocabulary = 'current' | 'legacy';

/** The vocabulary of a gold record, from its `ontology` field ("PLOVER-0.5b1"). */
export function vocabularyOf(ontology: string): PloverVocabulary {
  return /^PLOVER[- ]?0\./i.test(ontology.trim()) ? 'legacy' : 'current';
}

/** Pure renames from the legacy names to the current ones. */
const LEGACY_RENAMES: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

/**
 * The category of an event with CAMEO code `cameo` and (current) PLOVER category `plover` in `vocabulary`; null when
 * PLOVER does not code it (statements, appeals).
 */
export function ploverIn(vocabulary: PloverVocabulary, cameo: string, plover: string | null): string | null {
  if (!plover) return null;
  if (vocabulary === 'current') return plover;
  const root = cameo.slice(0, 2);
  if (plover === 'REQUEST') return 'DEMAND';
  if (plover === 'ACCUSE') return root === '09' ? 'INVESTIGATE' : 'DISAPPROVE';
  if (plover === 'ASSAULT' && root === '19') return 'FIGHT';
  return plover;
}

/** A category name as the gold writes it, brought into `vocabulary` (a legacy name in current gold is renamed). */
export function goldCategoryIn(vocabulary: PloverVocabulary, name: string): string {
  const upper = name.trim().toUpperCase();
  if (vocabulary === 'current') return LEGACY_RENAMES[upper] ?? upper;
  return upper === 'REQUEST' ? 'DEMAND' : upper;
}
