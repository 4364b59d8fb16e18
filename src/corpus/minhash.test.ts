import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bandKeys, shingleHashes, signature, words } from './minhash.js';
import { sentenceHashes } from './sentences.js';

// Signatures, band keys and sentence hashes are stored: a store made by an earlier version must
// still compare with articles read now, so these values may never change.
const TEXT = 'The minister met his counterpart in the capital on Monday. “We agreed,” she said! Erdoğan visited Gdańsk’s port; ﬁve ２０ 𝐀𝐁 words.';

describe('stored fingerprints', () => {
  it('keep the values of earlier versions', () => {
    assert.deepEqual(words(TEXT), ['the', 'minister', 'met', 'his', 'counterpart', 'in', 'the', 'capital', 'on', 'monday', 'we', 'agreed', 'she', 'said', 'erdoğan', 'visited', 'gdańsk', 's', 'port', 'five', '20', 'AB', 'words']);
    assert.deepEqual(Array.from(shingleHashes(TEXT)), [
      39440357, 87991972, 105161130, 223727255, 827385405, 1068105908, 1241870657, 1289834156, 1294416754, 2083223151, 2118938049, 2197583163, 2605510330,
      2789041306, 3804251251, 3870541746, 4013429300, 4139256475, 4199259374, 4286100569,
    ]);
    assert.deepEqual(Array.from(shingleHashes('two words')), [2739486668]);
    assert.deepEqual(sentenceHashes(TEXT), [5393287614241633, 4802561685474588, 1517464146222457]);
    assert.deepEqual(bandKeys(signature(TEXT)).slice(0, 4), [6962162542571460, 6375896731230366, 4718290746925949, 3509429837842089]);
    assert.deepEqual(Array.from(signature(TEXT).slice(0, 6)), [173166917, 24765063, 84474422, 167146904, 1087298228, 21039114]);
  });

  it('read words beyond the Basic Multilingual Plane whole, and lone surrogates as no word', () => {
    assert.deepEqual(words('𠀀𠀁 x \ud800 y'), ['𠀀𠀁', 'x', 'y']);
    assert.deepEqual(shingleHashes(''), new Uint32Array(0));
    assert.ok(signature('').every((v) => v === 0xffffffff));
  });
});
