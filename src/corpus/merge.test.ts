import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalId, mergeEvents, mergeKeyOf, type CanonicalEvent } from './merge.js';
import type { EventMentionRecord } from './records.js';

function mention(id: string, over: Partial<EventMentionRecord> = {}): EventMentionRecord {
  const side = (code: string) => ({ key: code, code, actorId: null, name: code });
  return {
    id,
    source: side('RUSGOV'),
    target: side('IRNGOV'),
    cameo: '042',
    root: '04',
    plover: 'CONSULT',
    quad: 1,
    goldstein: 1.9,
    date: '2019-05-13',
    place: 'Moscow',
    evidence: 'met',
    rule: 'test',
    confidence: 0.8,
    ...over,
  };
}

describe('event merging', () => {
  it('merges mentions with the same actors, code root, date within a day and place', () => {
    const r = mergeEvents([mention('a'), mention('b', { cameo: '040', date: '2019-05-14' }), mention('c', { place: null })], []);
    assert.equal(r.created.length, 1);
    assert.deepEqual(new Set(r.assigned.values()).size, 1);
  });

  it('keeps apart other actors, other roots, dates two days apart and other places', () => {
    const r = mergeEvents(
      [
        mention('a'),
        mention('b', { target: { key: 'USA', code: 'USA', actorId: null, name: 'USA' } }),
        mention('c', { root: '11', cameo: '111' }),
        mention('d', { date: '2019-05-15' }),
        mention('e', { place: 'Tehran' }),
        mention('f', { date: null }),
      ],
      [],
    );
    assert.equal(r.created.length, 6);
  });

  it('joins existing canonical events, fills their place, and gives stable ids', () => {
    const first = mergeEvents([mention('a', { place: null })], []);
    const stored: CanonicalEvent[] = first.created;
    const again = mergeEvents([mention('b')], stored);
    assert.equal(again.created.length, 0);
    assert.equal(again.assigned.get('b'), stored[0]!.id);
    assert.equal(again.placed[0]?.place, 'Moscow');
    assert.equal(stored[0]!.id, canonicalId(mergeKeyOf(mention('x')), '2019-05-13', null));
    assert.equal(mergeEvents([mention('a', { place: null })], []).created[0]!.id, stored[0]!.id, 'same input, same id');
  });
});
