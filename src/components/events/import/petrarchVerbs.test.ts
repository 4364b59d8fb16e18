import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importPetrarchVerbs, parseElements } from './petrarchVerbs.js';

// A small dictionary in the PETRARCH-2 format, written for this test.
const DICT = `
&AID_WORDS
+AID
+RELIEF

####### VERB PATTERNS #######

---  SHIP   [---]  ---
SHIP
DISPATCH {DISPATCHES DISPATCHED }
- * &AID_WORDS (TO)                 [070:071]     # SHIP
- * {HEAVY WEAPONS}                 [072]         # SHIP
- &MILITARY *                       [154]         # SHIP
- * PROTESTS (FROM $)               [110]         # SHIP
- * NOTHING                         [---]
- * ODDITY                          [9999]
- * &UNDEFINED                      [073]

---  SCOLD   [111]  ---
SCOLD
+TELL_OFF
~ a (a b ATTACK) SAY = a b 015
`;

const known = (code: string) => ['070', '072', '110', '111', '154', '073'].includes(code);

test('parses pattern halves into words, phrases, prepositional phrases, synsets and markers', () => {
  assert.deepEqual(parseElements('{HEAVY WEAPONS} (TO)'), [
    { kind: 'words', words: ['HEAVY', 'WEAPONS'] },
    { kind: 'prep', prep: 'TO', object: null },
  ]);
  assert.deepEqual(parseElements('(FROM $)'), [{ kind: 'prep', prep: 'FROM', object: { kind: 'marker', mark: '$' } }]);
  assert.equal(parseElements('{UNCLOSED'), null);
});

test('converts what tidings can apply and says why the rest does not', () => {
  const { patterns, report } = importPetrarchVerbs(DICT, known);
  assert.equal(report.blocks, 2);
  assert.equal(report.synsets, 1);
  assert.deepEqual(
    patterns.filter((p) => p.lemma === 'ship'),
    [
      { lemma: 'ship', code: '070', with: ['aid|aids|relief|reliefs'], targetPrep: ['to'] },
      { lemma: 'ship', code: '072', with: ['heavy', 'weapons'] },
    ],
  );
  assert.ok(patterns.some((p) => p.lemma === 'dispatch' && p.code === '072'));
  // Isolated verb codes: the block's code for its verbs; a multi-word verb keeps its particle.
  assert.ok(patterns.some((p) => p.lemma === 'scold' && p.code === '111' && !p.with));
  assert.ok(patterns.some((p) => p.lemma === 'tell' && p.code === '111' && p.with?.[0] === 'off'));
  assert.equal(report.skipped['pre-verb words'], 1);
  assert.equal(report.skipped['source marker'], 1);
  assert.equal(report.skipped['null code'], 1);
  assert.equal(report.skipped['unknown code'], 1);
  assert.equal(report.skipped['undefined synset'], 1);
  assert.equal(report.skipped.transformation, 1);
  assert.equal(report.applied, 2);
});

test('bad input gives an empty result, not a crash', () => {
  const { patterns, report } = importPetrarchVerbs('\u0000 not a dictionary {{{ [', known);
  assert.equal(patterns.length, 0);
  assert.equal(report.blocks, 0);
});
