import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runUntil } from '../../testing/run-until.js';
import { CueModel } from './model/cue-model.js';
import { trainCueModel } from './train.js';

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
