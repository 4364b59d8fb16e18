import { SEED_CATEGORIES, type SeedResult, type SeedScores } from './seed.js';

/** The human part of `tidings eval seed`: a table of the categories, then every miss and why. */
export function formatSeedReport(result: SeedResult): string {
  const out: string[] = [];
  const rows = SEED_CATEGORIES.map((c) => {
    const s: SeedScores[typeof c] = result.scores[c];
    const extracted = 'extracted' in s ? String(s.extracted) : '';
    const rate = s.total ? `${((100 * s.correct) / s.total).toFixed(1)}%` : '—';
    return [c, String(s.correct), String(s.total), rate, extracted];
  });
  const head = ['category', 'correct', 'total', 'rate', 'extracted'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  out.push(line(head), widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) out.push(line(r));
  const correct = SEED_CATEGORIES.reduce((n, c) => n + result.scores[c].correct, 0);
  const total = SEED_CATEGORIES.reduce((n, c) => n + result.scores[c].total, 0);
  out.push(widths.map((w) => '-'.repeat(w)).join('  '), line(['all', String(correct), String(total), total ? `${((100 * correct) / total).toFixed(1)}%` : '—', '']));

  for (const c of SEED_CATEGORIES) {
    const misses = result.items.filter((i) => i.category === c && !i.ok);
    if (misses.length === 0) continue;
    out.push('', `${c}: ${misses.length} missed`);
    for (const m of misses) out.push(`  ${m.label}: ${m.reason ?? 'missed'}`);
  }
  return out.join('\n') + '\n';
}
