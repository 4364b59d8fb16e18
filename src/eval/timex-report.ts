import type { Prf, TimexResult, TimexScores } from './timex.js';

/** The human part of `tidings eval timex`: the four measures, per corpus, per type, then the errors. */
export function formatTimexReport(result: TimexResult, show = 15): string {
  const s = result.scores;
  const out: string[] = [];
  const pct = (x: number) => (100 * x).toFixed(1);
  const prfCells = (p: Prf) => [pct(p.precision), pct(p.recall), pct(p.f1)];

  out.push(...table(['measure', 'P', 'R', 'F1'], (['strict', 'relaxed', 'value', 'type', 'mod'] as const).map((k) => [k, ...prfCells(s[k])])));
  out.push('', `gold ${s.gold}, extracted ${s.system}`);

  out.push('', 'by corpus (F1)');
  const corpusRow = (name: string, c: TimexScores & { documents?: number }) => [name, String(c.documents ?? ''), String(c.gold), String(c.system), pct(c.strict.f1), pct(c.relaxed.f1), pct(c.value.f1), pct(c.type.f1)];
  out.push(...table(['corpus', 'docs', 'gold', 'extracted', 'strict', 'relaxed', 'value', 'type'], Object.entries(s.byCorpus).map(([k, c]) => corpusRow(k, c))));

  out.push('', 'by type (recall over gold of the type, precision over extracted of the type)');
  out.push(
    ...table(
      ['type', 'gold', 'extracted', 'rel P', 'rel R', 'rel F1', 'val P', 'val R', 'val F1'],
      Object.entries(s.byType).map(([t, v]) => [t, String(v.gold), String(v.system), ...prfCells(v.relaxed), ...prfCells(v.value)]),
    ),
  );

  // A rule whose extractions are right less often than about half the value F1 costs more than it brings.
  out.push('', 'by rule (rules with the most extractions not right first; val P = right value / extracted)');
  out.push(
    ...table(
      ['rule', 'extracted', 'matched', 'value ok', 'val P'],
      result.byRule.slice(0, show).map((r) => [r.rule, String(r.extracted), String(r.matched), String(r.valueCorrect), pct(r.extracted ? r.valueCorrect / r.extracted : 0)]),
    ),
  );

  const valueErrors = result.valueErrors.reduce((n, c) => n + c.count, 0);
  out.push('', `value errors on matched timexes: ${valueErrors}, most frequent classes`);
  for (const c of result.valueErrors.slice(0, show)) {
    out.push(`  ${String(c.count).padStart(4)}  ${c.label}`);
    for (const e of c.examples) out.push(`          "${e.text}" gold ${e.gold}, got ${e.system} (${e.docId})`);
  }
  for (const [name, list] of [['missed', result.missed], ['spurious', result.spurious]] as const) {
    const n = list.reduce((k, c) => k + c.count, 0);
    out.push('', `${name}: ${n}, most frequent`);
    for (const c of list.slice(0, show)) out.push(`  ${String(c.count).padStart(4)}  ${c.label}  e.g. ${c.examples[0]}`);
  }
  return out.join('\n') + '\n';
}

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
