import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runUntil } from '../../testing/run-until.js';
import { findQuotations } from '../../text/quotation-marks.js';
import { QuotationIndex } from './compute/reported.js';
import { findAttributions } from './index.js';
import { CueModel } from './model/cue-model.js';
import { SourceModel } from './model/source-model.js';
import { GateModel } from './model/gate-model.js';
import { trainCueModel, trainGateModel, trainSourceModel } from './train.js';

test('the cue model learns which verbs are cues from gold cue spans, and the same seed gives the same weights', () => {
  const texts = [
    'The governor vetoed the bill on Friday. The rain fell on the harbour.',
    'The mayor vetoed the budget again. The river rose over the bridge.',
    'The senator vetoed the plan. The ship sailed into the harbour.',
  ];
  const data = texts.map((text) => {
    const doc = runUntil(text, 'tag');
    const at = text.indexOf('vetoed');
    return { doc, cues: [{ start: at, end: at + 'vetoed'.length }] };
  });
  const weights = trainCueModel(data, { epochs: 5, minCount: 1 });
  const again = trainCueModel(data, { epochs: 5, minCount: 1 });
  assert.equal(weights.size, again.size);
  const model = new CueModel(weights);
  const doc = runUntil('The president vetoed the law. The snow fell on the city.', 'tag');
  const k = (w: string) => doc.tokens.findIndex((t) => t.text === w);
  assert.ok(model.margin(doc.tokens, k('vetoed')) > 0);
  assert.ok(model.margin(doc.tokens, k('fell')) < 0);
});

test('the source chooser learns from gold sources which phrase, or none, is the source, and the same seed gives the same weights', () => {
  const said = ['The minister said the port will close.', 'The captain said the ship will sail.', 'The judge said the court will rule.'];
  const hoped = ['The crowd hoped the rain would stop.', 'The farmers hoped the river would fall.', 'The fans hoped the match would start.'];
  const data = [...said, ...hoped].map((text) => {
    const doc = runUntil(text, 'places');
    const cue = text.indexOf(text.includes('said') ? 'said' : 'hoped');
    const source = text.includes('said') ? [{ start: 0, end: text.indexOf(' said') }] : [];
    return { doc, attributions: [{ cue: [{ start: cue, end: text.indexOf(' ', cue) }], source }] };
  });
  const weights = trainSourceModel(data, { epochs: 5, minCount: 1 });
  assert.equal(weights.size, trainSourceModel(data, { epochs: 5, minCount: 1 }).size);
  const model = new SourceModel(weights);
  const chosen = (text: string) => {
    const doc = runUntil(text, 'places');
    const f = findAttributions(doc, new QuotationIndex(findQuotations(doc.text)))[0]!;
    const span = model.choose(doc, f);
    return span ? text.slice(span.start, span.end) : null;
  };
  assert.equal(chosen('The envoy said the road will open.'), 'The envoy');
  assert.equal(chosen('The villagers hoped the storm would pass.'), null);
});

test('the gate learns from the scorer which attributions the rules find PolNeAR holds, and the same seed gives the same weights', () => {
  // Said-clauses are gold; "knew that" clauses the rules also find are not.
  const texts = [
    'The minister said the port will close. The clerk knew that the door was open.',
    'The captain said the ship will sail. The guard knew that the lamp was out.',
    'The judge said the court will rule. The cook knew that the milk was sour.',
    'The mayor said the bridge will open. The porter knew that the bell was broken.',
  ];
  const data = texts.map((text) => {
    const doc = runUntil(text, 'places');
    const cue = text.indexOf('said');
    const content = text.indexOf(' ', cue) + 1;
    return { doc, attributions: [{ source: [{ start: 0, end: cue - 1 }], cue: [{ start: cue, end: cue + 4 }], content: [{ start: content, end: text.indexOf('.') }] }] };
  });
  const weights = trainGateModel(data, { folds: 2, epochs: 5, minCount: 1 });
  assert.equal(weights.size, trainGateModel(data, { folds: 2, epochs: 5, minCount: 1 }).size);
  assert.equal(typeof weights.meta.threshold, 'number');
  const gate = new GateModel(weights);
  const doc = runUntil('The envoy said the road will open. The driver knew that the tyre was flat.', 'places');
  const found = findAttributions(doc, new QuotationIndex(findQuotations(doc.text)), null);
  const score = (cue: string) => gate.score(doc, found.find((f) => doc.text.slice(f.cue.start, f.cue.end) === cue)!, null);
  assert.ok(score('said') > score('knew'));
  assert.deepEqual(gate.filter(doc, found, null).map((f) => doc.text.slice(f.cue.start, f.cue.end)), ['said']);
});
