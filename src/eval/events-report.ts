import { NONE, type EventResult, type Rate, type SentenceResult } from './events.js';

/** The human part of `tidings eval events`: the rates, the rates by category, the confusion table, then misses. */
export function formatEventReport(result: EventResult, maxMisses = 25): string {
  const out: string[] = [];
  const { scores } = result;
  const pct = (x: number) => (100 * x).toFixed(1);
  const rateRow = (name: string, r: Rate) => [name, pct(r.precision), pct(r.recall), pct(r.f1), String(r.correct), String(r.gold), String(r.predicted)];
  const head = ['measure', 'P%', 'R%', 'F1%', 'found', 'gold', 'predicted'];
  out.push(
    table(head, [
      rateRow('plover', scores.plover),
      rateRow('cameoRoot', scores.cameoRoot),
      rateRow('sourceActor', scores.sourceActor),
      rateRow('targetActor', scores.targetActor),
    ]),
  );
  const cats = Object.entries(scores.byCategory);
  if (cats.length) {
    out.push('', 'PLOVER categories');
    out.push(table(['category', ...head.slice(1)], cats.map(([name, r]) => rateRow(name, r))));
  }
  const confusion = formatConfusion(result.confusion);
  if (confusion) out.push('', 'confusion (rows: gold, columns: predicted; — = no event)', confusion);

  const wrong = result.sentences.filter(hasError);
  if (wrong.length) {
    out.push('', `sentences with a miss or an extra event: ${wrong.length} of ${result.sentences.length}` + (wrong.length > maxMisses ? ` (first ${maxMisses})` : ''));
    for (const s of wrong.slice(0, maxMisses)) out.push(...describe(s));
  }
  return out.join('\n') + '\n';
}

function hasError(s: SentenceResult): boolean {
  const counted = s.goldCategories.filter((c) => c !== null).length;
  const found = s.ploverMatch.filter((p, g) => p >= 0 && s.goldCategories[g] !== null).length;
  const predicted = s.predictedCategories.filter((c) => c !== null).length;
  return found < counted || predicted > found;
}

function describe(s: SentenceResult): string[] {
  const r = s.record;
  const text = r.text.length > 220 ? r.text.slice(0, 217) + '…' : r.text;
  const lines = [`  ${r.id}: ${text}`];
  if (r.expect_no_events) lines.push('    gold: no events');
  r.expected.forEach((g, i) => {
    if (r.expect_no_events) return;
    const mark = s.ploverMatch[i]! >= 0 ? '✓' : '✗';
    lines.push(`    gold ${mark} ${s.goldCategories[i] ?? g.code ?? '?'} ${g.source ?? '∅'} → ${g.target ?? '∅'}${g.code ? ` (${g.code})` : ''}`);
  });
  const matched = new Set(s.ploverMatch);
  s.predicted.forEach((p, i) => {
    const mark = matched.has(i) ? '✓' : s.predictedCategories[i] ? '✗' : '·';
    lines.push(`    got  ${mark} ${s.predictedCategories[i] ?? '(no PLOVER)'} ${p.source ?? '∅'} → ${p.target ?? '∅'} (${p.cameo})${p.rule ? ` ${p.rule}` : ''}`);
  });
  return lines;
}

function formatConfusion(confusion: Map<string, Map<string, number>>): string {
  const rows = [...confusion.keys()].sort(noneLast);
  const colSet = new Set<string>();
  for (const row of confusion.values()) for (const c of row.keys()) colSet.add(c);
  const cols = [...colSet].sort(noneLast);
  if (!rows.length) return '';
  const abbrev = (c: string) => (c === NONE ? NONE : c.slice(0, 5));
  return table(
    ['gold \\ got', ...cols.map(abbrev)],
    rows.map((r) => [r, ...cols.map((c) => String(confusion.get(r)?.get(c) ?? '') || '.')]),
  );
}

const noneLast = (a: string, b: string) => (a === NONE ? 1 : b === NONE ? -1 : a.localeCompare(b));

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
