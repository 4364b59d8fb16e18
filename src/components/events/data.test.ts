import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from '../../kb/kb.js';
import { patternIndex } from './model/patternIndex.js';
import { events } from './index.js';

const kb = loadKb();
const roots = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

test('cameo.json: every root 01–20 with its 2-, 3- and 4-digit codes', () => {
  for (const r of roots) assert.ok(kb.cameo.has(r), `root ${r}`);
  assert.ok(kb.cameo.size > 300);
  for (const c of kb.cameo.values()) {
    assert.match(c.code, /^(0[1-9]|1\d|20)\d{0,2}$/);
    if (c.code.length > 2) assert.ok(kb.cameo.has(c.code.slice(0, 2)), `parent of ${c.code}`);
    assert.ok(c.goldstein >= -10 && c.goldstein <= 10);
  }
});

test('cameo.json: quad classes by the standard root mapping', () => {
  const quad = (r: number) => (r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4);
  for (const c of kb.cameo.values()) assert.equal(c.quad, quad(Number(c.code.slice(0, 2))), c.code);
});

test('cameo.json: Goldstein values and PLOVER categories of well-known codes', () => {
  const get = (code: string) => kb.cameo.get(code)!;
  assert.equal(get('042').goldstein, 1.9);
  assert.equal(get('190').goldstein, -10);
  assert.equal(get('042').plover, 'CONSULT');
  assert.equal(get('051').plover, 'SUPPORT');
  assert.equal(get('1124').plover, 'ACCUSE');
  assert.equal(get('163').plover, 'COERCE');
  assert.equal(get('0874').plover, 'RETREAT');
  assert.equal(get('083').plover, 'CONCEDE');
  // PLOVER drops statements and appeals.
  assert.equal(get('010').plover, null);
  assert.equal(get('020').plover, null);
  for (const c of kb.cameo.values()) if (c.code >= '03') assert.ok(c.plover, `plover for ${c.code}`);
});

test('cameo.json: counterpart codes exist and stay in their families', () => {
  const family = { intent: ['03', '13'], appeal: ['02'], demand: ['10'], reject: ['12'] } as const;
  for (const c of kb.cameo.values()) {
    for (const k of ['intent', 'appeal', 'demand', 'reject'] as const) {
      const v = c[k];
      if (!v) continue;
      assert.ok(kb.cameo.has(v), `${c.code}.${k} = ${v}`);
      if (c.code >= '04' && c.code.slice(0, 2) !== '10' && c.code.slice(0, 2) !== '11' && c.code.slice(0, 2) !== '12' && c.code.slice(0, 2) !== '13') {
        assert.ok((family[k] as readonly string[]).includes(v.slice(0, 2)), `${c.code}.${k} = ${v}`);
      }
    }
  }
  assert.equal(kb.cameo.get('062')!.intent, '0312');
  assert.equal(kb.cameo.get('087')!.appeal, '0256');
  assert.equal(kb.cameo.get('190')!.intent, '1384');
});

test('verb-patterns.json: every code exists, every root family is covered, patterns are well formed', () => {
  const covered = new Set<string>();
  for (const p of kb.verbPatterns) {
    assert.ok(kb.cameo.has(p.code), `${p.lemma} → ${p.code}`);
    assert.equal(p.lemma, p.lemma.toLowerCase());
    for (const w of p.with ?? []) assert.ok(w.length > 0 && w === w.toLowerCase(), `${p.lemma} with ${w}`);
    covered.add(p.code.slice(0, 2));
  }
  for (const r of roots) assert.ok(covered.has(r), `no pattern for root ${r}`);
  const index = patternIndex(kb);
  assert.ok(index.verbs.get('arrive')?.some((p) => p.pattern.code === '042'));
  assert.ok(index.nouns.get('summit'));
  assert.ok(index.judgements.get('unacceptable'));
  // More specific patterns are tried first.
  const charge = index.verbs.get('charge')!;
  assert.ok(charge[0]!.with.length >= charge[charge.length - 1]!.with.length);
});

test('the component declares its layers', () => {
  assert.equal(events.name, 'events');
  assert.deepEqual(events.requires, ['tokens', 'entities', 'timexes', 'quotes', 'places']);
  assert.deepEqual(events.produces, ['events']);
});
