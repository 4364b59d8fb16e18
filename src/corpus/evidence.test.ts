import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../index.js';
import { evidenceSentence } from './evidence.js';
import { evidenceText } from './records.js';

describe('evidenceSentence', () => {
  const text = 'Markets were calm on Monday.\nThe Kenyan president met the Ugandan president in Nairobi on Tuesday, officials said. Trade was discussed.';
  const doc = extract(text, { date: '2021-03-03' });
  const { tokens: _t, text: _x, ...annotations } = doc;

  it('finds the sentence an event was coded from, by its code and evidence words', () => {
    const ev = doc.events[0];
    assert.ok(ev, 'the fixture codes a meeting');
    const sentence = evidenceSentence({ text, annotations }, { cameo: ev.cameo, evidence: evidenceText(text, ev) });
    assert.equal(sentence, 'The Kenyan president met the Ugandan president in Nairobi on Tuesday, officials said.');
  });

  it('gives null when the article has no such event', () => {
    assert.equal(evidenceSentence({ text, annotations }, { cameo: '999', evidence: 'met' }), null);
    assert.equal(evidenceSentence({ text, annotations: {} }, { cameo: '040', evidence: 'met' }), null);
  });
});
