import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createDoc } from '../doc/doc.js';
import { formatTextReport } from './report.js';

it('formatTextReport shows actors, quotes by speaker, timexes, a dated timeline and flags', () => {
  const text = 'Putin visited Tehran on Wednesday. “We are friends,” Putin said. Iravanimade remarks.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const doc = createDoc(text, { date: '2018-07-20' });
  doc.entities.push(
    { id: 'e1', name: 'Vladimir Putin', type: 'PERSON', actor: 'RUSGOV', country: 'RUS', sectors: ['GOV'], roles: ['President of Russia'], variants: [], mentions: [{ ...at('Putin'), kind: 'surname' }] },
    { id: 'e2', name: 'Iran', type: 'COUNTRY', actor: 'IRN', country: 'IRN', sectors: [], roles: [], variants: [], mentions: [{ ...at('Tehran'), kind: 'metonym' }] },
  );
  doc.timexes.push({ ...at('Wednesday'), type: 'DATE', value: '2018-07-18', anchor: 'document', rule: 'weekday-past' });
  doc.quotes.push({ kind: 'direct', content: at('We are friends,'), cue: at('said'), speaker: 'e1', source: null, via: [], truncated: false, evidence: [], rule: 'quote-said-name' });
  doc.quotes.push({ kind: 'direct', content: at('remarks'), cue: null, speaker: null, source: null, via: [], truncated: true, evidence: [], rule: 'orphan' });
  doc.events.push({
    id: 'v1', source: { entity: 'e1', actor: 'RUSGOV' }, target: { entity: 'e2', actor: 'IRN' }, cameo: '042', root: '04', plover: 'CONSULT',
    goldstein: 1.9, quad: 1, date: '2018-07-18', place: 'Tehran', evidence: [at('visited Tehran')], rule: 'verb:visit', confidence: 0.9, reportedBy: null,
  });
  doc.events.push({
    id: 'v2', source: null, target: { entity: null, actor: 'IRN', text: 'Iran' }, cameo: '010', root: '01', plover: null,
    goldstein: 0, quad: 1, date: null, place: null, evidence: [at('remarks')], rule: 'noun:remarks', confidence: 0.5, reportedBy: 'e1',
  });
  doc.flags.push({ kind: 'merged-token', ...at('Iravanimade'), fix: 'Iravani made' });

  const out = formatTextReport(doc, { name: 'a.txt', cameoName: (c) => (c === '042' ? 'Make a visit' : undefined) });
  assert.match(out, /date 2018-07-20 \(given\)/);
  assert.match(out, /e1 +Vladimir Putin +PERSON +RUSGOV +1 mention: Putin/);
  assert.match(out, /roles: President of Russia/);
  assert.match(out, /Vladimir Putin \[RUSGOV\] \(e1\)\n +- direct, "said": «We are friends,»/);
  assert.match(out, /\(no speaker found\)\n +- direct, no cue, truncated: «remarks»/);
  assert.match(out, /2018-07-18 +DATE +"Wednesday"/);
  assert.match(out, /2018-07-18 +Vladimir Putin \[RUSGOV\] → 042 Make a visit → Iran \[IRN\] +in Tehran/);
  assert.match(out, /evidence «visited Tehran» +rule verb:visit/);
  assert.match(out, /undated +— → 010 → Iran \[IRN\]/);
  assert.match(out, /reported by Vladimir Putin/);
  assert.match(out, /merged-token: "Iravanimade" → "Iravani made"/);
  // Dated events come first in the timeline.
  assert.ok(out.indexOf('042 Make a visit') < out.indexOf('→ 010 →'));
});

it('formatTextReport says when a layer is empty and when the date is unknown', () => {
  const out = formatTextReport(createDoc('Nothing here.'));
  assert.match(out, /date unknown/);
  assert.match(out, /ACTORS \(0\)\n  none/);
  assert.match(out, /TIMELINE \(0\)\n  none/);
});

it('formatTextReport groups quotes whose source names no actor by the source words', () => {
  const text = 'The port will close, officials said.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const doc = createDoc(text);
  doc.quotes.push({ kind: 'indirect', content: at('The port will close'), cue: at('said'), speaker: null, source: at('officials'), via: [], truncated: false, evidence: [], rule: 'indirect:preceding:subject' });
  assert.match(formatTextReport(doc), /"officials" \(source with no actor\)\n +- indirect, "said": «The port will close»/);
});
