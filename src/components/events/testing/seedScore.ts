/**
 * The seed's event matching rule (data/README.md): a predicted event matches a gold event when its evidence
 * overlaps the gold evidence words, its source and target codes match (a three-letter gold code needs only
 * the country prefix; null accepts anything) and its root matches or its code is in `accept`.
 */
import type { Event } from '../../../doc/schema.js';

export interface GoldEvent {
  source: string | null;
  target: string | null;
  code: string;
  root: string;
  evidence: string;
  accept?: string[];
}

function goldSpans(text: string, evidence: string): Array<{ start: number; end: number }> {
  return evidence
    .split(/\s*\.\.\.\s*/)
    .filter(Boolean)
    .flatMap((part) => {
      const at = text.indexOf(part);
      return at < 0 ? [] : [{ start: at, end: at + part.length }];
    });
}

const actorMatches = (gold: string | null, got: string | null | undefined) =>
  gold === null || (got != null && (gold.length === 3 ? got.slice(0, 3) === gold : got === gold));

export function matches(text: string, gold: GoldEvent, e: Event): boolean {
  const spans = goldSpans(text, gold.evidence);
  const overlap = e.evidence.some((x) => spans.some((g) => x.start < g.end && g.start < x.end));
  const code = e.root === gold.root || (gold.accept ?? []).includes(e.cameo) || e.cameo === gold.code;
  return overlap && code && actorMatches(gold.source, e.source?.actor) && actorMatches(gold.target, e.target?.actor);
}

export interface SeedScore {
  correct: number;
  total: number;
  extracted: number;
  /** Predicted events that match no gold event. */
  extra: Event[];
  missed: GoldEvent[];
}

export function scoreEvents(text: string, gold: GoldEvent[], events: Event[]): SeedScore {
  const missed = gold.filter((g) => !events.some((e) => matches(text, g, e)));
  const extra = events.filter((e) => !gold.some((g) => matches(text, g, e)));
  return { correct: gold.length - missed.length, total: gold.length, extracted: events.length, extra, missed };
}
