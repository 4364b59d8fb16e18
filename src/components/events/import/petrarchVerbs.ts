import type { VerbPattern } from '../../../kb/kb.js';

/**
 * Reads a PETRARCH-2 CAMEO verb dictionary (CAMEO.2.0.txt; format in PETRARCH's docs/dictionaries.rst) and turns the
 * patterns tidings' clause analysis can apply into tidings verb patterns (`src/kb/data/verb-patterns.json` format).
 *
 * tidings matches a verb by its lemma, then words that follow it in order (`with`), and finds the source and target
 * itself (subject, object, "to"/"against" phrases, passives). So a PETRARCH pattern applies when everything it asks
 * for comes after the verb. It does not apply when it needs words before the verb (subject nouns), marks where the
 * source is (`$`, `%`, `^`), is a verb-on-verb transformation (`~`), has a null or unknown code, or names an
 * undefined synset. The passive half of `[active:passive]` codes is dropped: tidings swaps roles of passives itself.
 */

export type SkipReason = 'pre-verb words' | 'source marker' | 'null code' | 'unknown code' | 'undefined synset' | 'transformation' | 'unreadable' | 'pre-verb compound';

export interface ImportReport {
  blocks: number;
  verbs: number;
  synsets: number;
  /** Pattern lines read ("- … [code]"), and isolated verb codes ("ASK [020]"). */
  patterns: number;
  isolated: number;
  /** Pattern lines that gave at least one tidings pattern. */
  applied: number;
  isolatedApplied: number;
  skipped: Record<SkipReason, number>;
  /** Distinct tidings patterns produced (one per verb of a block × pattern line, duplicates removed). */
  output: number;
}

interface Block {
  code: string | null;
  /** Lemma and words that must follow it ("beef" + ["up"]), with each verb's own isolated code. */
  verbs: Array<{ lemma: string; particles: string[]; code: string | null }>;
}

const SKIPS: SkipReason[] = ['pre-verb words', 'source marker', 'null code', 'unknown code', 'undefined synset', 'transformation', 'unreadable', 'pre-verb compound'];

/** One element of a pattern half: a word, a braced phrase, a prepositional phrase, a synset or a role marker. */
type Element = { kind: 'words'; words: string[] } | { kind: 'synset'; name: string } | { kind: 'prep'; prep: string; object: Element | null } | { kind: 'marker'; mark: string };

const lower = (w: string) => w.replace(/_+$/, '').replace(/_/g, ' ').toLowerCase();

/** Splits a pattern half into elements. Returns null on unbalanced brackets. */
export function parseElements(text: string): Element[] | null {
  const out: Element[] = [];
  let i = 0;
  const s = text.trim();
  const word = () => {
    const m = /^[^\s(){}]+/.exec(s.slice(i));
    if (!m) return null;
    i += m[0].length;
    return m[0];
  };
  const one = (): Element | null | undefined => {
    while (s[i] === ' ' || s[i] === '\t') i++;
    if (i >= s.length || s[i] === ')') return undefined;
    if (s[i] === '{') {
      const end = s.indexOf('}', i);
      if (end < 0) return null;
      const words = s.slice(i + 1, end).trim().split(/\s+/).filter(Boolean);
      i = end + 1;
      return { kind: 'words', words };
    }
    if (s[i] === '(') {
      i++;
      while (s[i] === ' ') i++;
      const prep = word();
      if (!prep) return null;
      const object = one();
      while (s[i] === ' ') i++;
      if (s[i] !== ')') return null;
      i++;
      return { kind: 'prep', prep, object: object ?? null };
    }
    const w = word();
    if (!w) return null;
    if (w === '$' || w === '+' || w === '%' || w === '^') return { kind: 'marker', mark: w };
    if (w.startsWith('&')) return { kind: 'synset', name: w };
    return { kind: 'words', words: [w] };
  };
  for (;;) {
    const e = one();
    if (e === undefined) break;
    if (e === null) return null;
    out.push(e);
  }
  return out;
}

/** A tidings `with` item: alternatives separated by "|" (multi-word alternatives keep their spaces). */
type Item = string;

function convertHalf(elements: Element[], synsets: Map<string, string[]>): { with: Item[]; targetPrep: string[] } | SkipReason {
  const items: Item[] = [];
  const targetPrep: string[] = [];
  const words = (e: Element): Item[] | SkipReason => {
    if (e.kind === 'words') return e.words.map(lower);
    if (e.kind === 'synset') {
      const list = synsets.get(e.name.replace(/_$/, '')) ?? synsets.get(e.name);
      return list ? [list.join('|')] : 'undefined synset';
    }
    return 'unreadable';
  };
  for (let k = 0; k < elements.length; k++) {
    const e = elements[k]!;
    if (e.kind === 'marker') {
      if (e.mark !== '+') return 'source marker';
      continue;
    }
    if (e.kind === 'prep') {
      const prep = lower(e.prep);
      // "(TO)", "(AGAINST +)": the preposition introduces the target.
      if (!e.object || e.object.kind === 'marker') {
        if (e.object && e.object.mark !== '+') return 'source marker';
        targetPrep.push(prep);
        continue;
      }
      const w = words(e.object);
      if (typeof w === 'string') return w;
      items.push(prep, ...w);
      // A target marker right after a prepositional phrase ("(AGAINST) +") also names the target's preposition.
      continue;
    }
    const w = words(e);
    if (typeof w === 'string') return w;
    items.push(...w);
  }
  return { with: items, targetPrep };
}

/** Parses a verb line: "HURRY {HURRIES …} [070]", "+BEEF_UP", "WIRE_+TAP {…}". Returns null for a pre-verb compound. */
function parseVerbLine(line: string): { lemma: string; particles: string[]; code: string | null } | 'pre-verb compound' | null {
  const code = /\[([^\]]*)\]/.exec(line)?.[1]?.trim() ?? null;
  const head = line.replace(/\{[^}]*\}/g, ' ').replace(/\[[^\]]*\]/g, ' ').trim().split(/\s+/)[0];
  if (!head) return null;
  const parts = head.split('_').filter(Boolean);
  const plus = parts.findIndex((p) => p.startsWith('+'));
  if (plus > 0) return 'pre-verb compound';
  const words = parts.map((p) => p.replace(/^\+/, '').toLowerCase());
  return { lemma: words[0]!, particles: words.slice(1), code: code && code !== '---' ? code : null };
}

/** The active code of "[070]" or "[042:043]", or null for "---". */
function activeCode(raw: string): string | null {
  const active = raw.split(':')[0]!.trim();
  return active && active !== '---' ? active : null;
}

export interface ImportResult {
  patterns: VerbPattern[];
  report: ImportReport;
}

/**
 * Converts the dictionary text. `knownCode` says whether tidings' CAMEO table has a code (PETRARCH uses a few codes
 * of its own).
 */
export function importPetrarchVerbs(text: string, knownCode: (code: string) => boolean): ImportResult {
  const report: ImportReport = {
    blocks: 0,
    verbs: 0,
    synsets: 0,
    patterns: 0,
    isolated: 0,
    applied: 0,
    isolatedApplied: 0,
    skipped: Object.fromEntries(SKIPS.map((s) => [s, 0])) as Record<SkipReason, number>,
    output: 0,
  };
  const synsets = new Map<string, string[]>();
  const out: VerbPattern[] = [];
  const seen = new Set<string>();
  const add = (p: VerbPattern) => {
    const key = JSON.stringify([p.lemma, p.code, p.with ?? [], p.targetPrep ?? []]);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };

  let synset: { name: string; noPlural: boolean; list: string[] } | null = null;
  let block: Block | null = null;
  const flushSynset = () => {
    if (synset) {
      synsets.set(synset.name, synset.list);
      report.synsets++;
    }
    synset = null;
  };
  const isolated = (b: Block) => {
    for (const v of b.verbs) {
      const code = v.code ?? b.code;
      if (!code) continue;
      report.isolated++;
      if (!knownCode(code)) {
        report.skipped['unknown code']++;
        continue;
      }
      report.isolatedApplied++;
      add({ lemma: v.lemma, code, ...(v.particles.length ? { with: v.particles } : {}) });
    }
  };

  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/\s#.*$/, '').replace(/^#.*$/, '').trimEnd();
    const t = line.trim();
    if (!t) {
      flushSynset();
      continue;
    }
    if (t.startsWith('&')) {
      flushSynset();
      const name = t.split(/\s+/)[0]!;
      synset = { name: name.replace(/_$/, ''), noPlural: name.endsWith('_'), list: [] };
      continue;
    }
    if (synset && t.startsWith('+')) {
      const phrase = t.slice(1).trim();
      const noPlural = synset.noPlural || phrase.endsWith('_');
      const base = lower(phrase);
      synset.list.push(base);
      if (!noPlural && !base.includes(' ')) synset.list.push(base.endsWith('y') ? base.slice(0, -1) + 'ies' : base.endsWith('ss') ? base + 'es' : base + 's');
      continue;
    }
    if (t.startsWith('---')) {
      flushSynset();
      if (block) isolated(block);
      const code = /\[([^\]]*)\]/.exec(t)?.[1]?.trim() ?? '---';
      block = { code: code === '---' ? null : code, verbs: [] };
      report.blocks++;
      continue;
    }
    if (t.startsWith('~')) {
      report.patterns++;
      report.skipped.transformation++;
      continue;
    }
    if (!block) continue;
    if (t.startsWith('-')) {
      report.patterns++;
      const codeMatch = /\[([^\]]*)\]\s*$/.exec(t);
      if (!codeMatch) {
        report.skipped.unreadable++;
        continue;
      }
      const code = activeCode(codeMatch[1]!);
      if (!code) {
        report.skipped['null code']++;
        continue;
      }
      if (!knownCode(code)) {
        report.skipped['unknown code']++;
        continue;
      }
      const body = t.slice(1, codeMatch.index).trim();
      const star = body.indexOf('*');
      if (star < 0) {
        report.skipped.unreadable++;
        continue;
      }
      const pre = parseElements(body.slice(0, star));
      const post = parseElements(body.slice(star + 1));
      if (!pre || !post) {
        report.skipped.unreadable++;
        continue;
      }
      if (pre.some((e) => e.kind !== 'marker')) {
        report.skipped['pre-verb words']++;
        continue;
      }
      if (pre.some((e) => e.kind === 'marker' && e.mark !== '+')) {
        report.skipped['source marker']++;
        continue;
      }
      const converted = convertHalf(post, synsets);
      if (typeof converted === 'string') {
        report.skipped[converted]++;
        continue;
      }
      let produced = 0;
      for (const v of block.verbs) {
        const withItems = [...v.particles, ...converted.with];
        const p: VerbPattern = { lemma: v.lemma, code };
        if (withItems.length) p.with = withItems;
        if (converted.targetPrep.length) p.targetPrep = converted.targetPrep;
        add(p);
        produced++;
      }
      if (produced) report.applied++;
      continue;
    }
    // A verb of the block (a '+' line here is a multi-word verb, not a synset member).
    const v = parseVerbLine(t);
    if (v === 'pre-verb compound') {
      report.verbs++;
      report.skipped['pre-verb compound']++;
    } else if (v) {
      report.verbs++;
      block.verbs.push(v);
    }
  }
  flushSynset();
  if (block) isolated(block);
  report.output = out.length;
  return { patterns: out, report };
}
