import { aggregate, type Attribution, type DocResult, type Fragment, type MatchClass, type QuotesScores } from './quotes.js';

/**
 * The human part of `tidings eval quotes`: role scores, where attributions go wrong (error classes
 * for gold and predicted attributions), breakdowns by gold type, predicted rule and publisher, then
 * the documents with the most misses and examples of each error class.
 */
export function formatQuotesReport(results: readonly DocResult[], scores: QuotesScores, examples = 3): string {
  const out: string[] = [];
  const rows: string[][] = (['attribution', 'source', 'cue', 'content'] as const).map((k) => {
    const s = scores[k];
    const t = s.tokens ? [pct(s.tokens.precision), pct(s.tokens.recall), pct(s.tokens.f1)] : ['', '', ''];
    return [k, pct(s.precision), pct(s.recall), pct(s.f1), pct(s.exact.precision), pct(s.exact.recall), pct(s.exact.f1), ...t];
  });
  const gold = results.reduce((n, r) => n + r.gold.length, 0);
  const predicted = results.reduce((n, r) => n + r.predicted.length, 0);
  out.push(`${results.length} documents, ${gold} gold attributions, ${predicted} predicted`, '');
  out.push(...table(['', 'P', 'R', 'F1', 'exact P', 'exact R', 'exact F1', 'token P', 'token R', 'token F1'], rows));
  out.push('', 'P/R/F1: attributions whose content overlaps by half of the shorter and whose sources overlap;');
  out.push('  role spans that share a token with a gold span of that role (one-to-one). token: Citron\'s token overlap.');

  out.push('', 'gold attributions by outcome (recall side)');
  out.push(...classTable(results.flatMap((r) => r.goldClass.map((c) => c.cls))));
  out.push('', 'predicted attributions by outcome (precision side)');
  out.push(...classTable(results.flatMap((r) => r.predictedClass.map((c) => c.cls))));

  out.push('', 'recall by gold type');
  const byType = new Map<string, { n: number; ok: number }>();
  for (const r of results) {
    r.gold.forEach((a, i) => {
      const t = goldType(r.text, a);
      const e = byType.get(t) ?? { n: 0, ok: 0 };
      e.n++;
      if (r.goldClass[i]!.cls === 'correct') e.ok++;
      byType.set(t, e);
    });
  }
  out.push(...table(['type', 'gold', 'found', 'recall'], [...byType].map(([t, e]) => [t, String(e.n), String(e.ok), pct(e.ok / e.n)])));

  out.push(...ruleTable(results));

  out.push('', 'by publisher (attribution overlap)');
  const byPub = new Map<string, DocResult[]>();
  for (const r of results) byPub.set(r.publisher, [...(byPub.get(r.publisher) ?? []), r]);
  out.push(...table(['publisher', 'docs', 'P', 'R', 'F1'], [...byPub].sort().map(([p, rs]) => {
    const s = aggregate(rs).attribution;
    return [p, String(rs.length), pct(s.precision), pct(s.recall), pct(s.f1)];
  })));

  out.push('', 'documents with the most missed gold attributions');
  const worst = [...results].map((r) => ({ r, missed: r.goldClass.filter((c) => c.cls !== 'correct').length })).sort((a, b) => b.missed - a.missed).slice(0, 5);
  for (const { r, missed } of worst) out.push(`  ${r.docId}: ${missed} of ${r.gold.length} missed, ${r.predictedClass.filter((c) => c.cls !== 'correct').length} of ${r.predicted.length} predicted wrong`);

  if (examples > 0) {
    for (const cls of ['missed', 'wrong-source', 'missing-source', 'extra-source', 'content-boundary'] as MatchClass[]) {
      const items = results.flatMap((r) => r.goldClass.map((c, i) => ({ r, c, a: r.gold[i]! })).filter((x) => x.c.cls === cls)).slice(0, examples);
      if (!items.length) continue;
      out.push('', `gold ${cls}, e.g.`);
      for (const { r, c, a } of items) {
        out.push(`  ${r.docId}`, `    gold ${describe(r.text, a)}`);
        if (c.with !== null) out.push(`    got  ${describe(r.text, r.predicted[c.with]!)}`);
      }
    }
    const spurious = results.flatMap((r) => r.predictedClass.map((c, i) => ({ r, c, a: r.predicted[i]! })).filter((x) => x.c.cls === 'spurious' && x.c.with === null)).slice(0, examples);
    if (spurious.length) {
      out.push('', 'predicted spurious, e.g.');
      for (const { r, a } of spurious) out.push(`  ${r.docId}`, `    got  ${describe(r.text, a)}`);
    }
  }
  return out.join('\n') + '\n';
}

const CLASS_ORDER: MatchClass[] = ['correct', 'missed', 'spurious', 'content-boundary', 'wrong-source', 'missing-source', 'extra-source'];

function classTable(classes: MatchClass[]): string[] {
  const counts = new Map<MatchClass, number>();
  for (const c of classes) counts.set(c, (counts.get(c) ?? 0) + 1);
  const rows = CLASS_ORDER.filter((c) => counts.has(c)).map((c) => [c, String(counts.get(c)), `${((100 * counts.get(c)!) / classes.length).toFixed(1)}%`]);
  return table(['outcome', 'count', 'share'], rows);
}

/** Direct (all quoted), mixed (some quoted words), indirect; "no source" when the gold has none. */
function goldType(text: string, a: Attribution): string {
  const content = a.content.map((f) => text.slice(f.start, f.end)).join(' ');
  const quoted = /[“”"]/.test(content);
  const kind = !quoted ? 'indirect' : /^[\s“"]/.test(content) && /[”"][\s.,]*$/.test(content) ? 'direct' : 'mixed';
  return a.source.length ? kind : `${kind}, no source`;
}

function describe(text: string, a: Attribution): string {
  const show = (fs: Fragment[], max: number) => {
    if (!fs.length) return '—';
    const s = fs.map((f) => text.slice(f.start, f.end)).join(' … ').replace(/\s+/g, ' ');
    return s.length > max ? `${s.slice(0, max)}…` : s;
  };
  return `source «${show(a.source, 40)}» cue «${show(a.cue, 25)}» content «${show(a.content, 70)}»${a.rule ? `  [${a.rule}]` : ''}`;
}

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(head), '  ' + widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}`;

/** Precision per extraction rule; nothing for another annotator's attributions (`eval quotes --agreement`), which have no rule. */
function ruleTable(results: readonly DocResult[]): string[] {
  const byRule = new Map<string, { n: number; ok: number }>();
  for (const r of results) {
    r.predicted.forEach((a, i) => {
      const key = a.rule ?? a.kind;
      if (key === undefined) return;
      const e = byRule.get(key) ?? { n: 0, ok: 0 };
      e.n++;
      if (r.predictedClass[i]!.cls === 'correct') e.ok++;
      byRule.set(key, e);
    });
  }
  if (byRule.size === 0) return [];
  // Rules that fired fewer than 5 times are summed in one row, so the table stays readable.
  const rare = { n: 0, ok: 0 };
  const common = [...byRule].filter(([, e]) => e.n >= 5 || ((rare.n += e.n), (rare.ok += e.ok), false));
  const rows = common.sort((a, b) => b[1].n - a[1].n).map(([t, e]) => [t, String(e.n), String(e.ok), pct(e.ok / e.n)]);
  if (rare.n) rows.push(['(rules with fewer than 5)', String(rare.n), String(rare.ok), pct(rare.ok / rare.n)]);
  return ['', 'precision by predicted rule', ...table(['rule', 'predicted', 'correct', 'precision'], rows)];
}
