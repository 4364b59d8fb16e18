import type { Mention } from '../../doc/schema.js';
import type { Kb } from '../../kb/kb.js';

const GOVERNMENT_NOUNS = new Set(['administration', 'government', 'regime', 'cabinet']);

/**
 * "the Biden Administration", "the Putin regime" named as one organization: the government of the
 * known leader's country. Lowercase forms after a name ("the Trump administration") are read by
 * the role rules; this is their capitalized twin, which the recognizer takes for a name.
 */
export function codeLeaderGovernments(mentions: Mention[], kb: Kb): void {
  for (const m of mentions) {
    if ((m.type !== 'ORGANIZATION' && m.type !== 'MISC') || m.kind !== 'name' || m.country) continue;
    const words = m.text.replace(/^the\s+/i, '').split(/\s+/);
    if (words.length !== 2 || !GOVERNMENT_NOUNS.has(words[1]!.toLowerCase())) continue;
    const countries = new Set((kb.actors.get(words[0]!.toLowerCase()) ?? []).map((a) => a.country));
    const country = countries.size === 1 ? [...countries][0] : null;
    if (!country) continue;
    m.type = 'ORGANIZATION';
    m.country = country;
    m.sectors = [...new Set([...(m.sectors ?? []), 'GOV'])];
  }
}
