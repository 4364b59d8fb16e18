import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildClauses } from './compute/clauses.js';
import { buildView } from './compute/view.js';
import { taggedDoc } from './testing/fixture.js';

/** The clause kind of the token with the given text. */
function kindOf(text: string, word: string): string {
  const view = buildView(taggedDoc(text));
  const clauses = buildClauses(view);
  const i = view.lower.indexOf(word.toLowerCase());
  assert.ok(i >= 0, `no token "${word}"`);
  const c = clauses.list[clauses.of[i]!]!;
  return `${c.kind}${c.irrealis ? '/irrealis' : ''}${c.question ? '/question' : ''}`;
}

test('complements, conditions, hearsay and relative clauses', () => {
  assert.equal(kindOf('Israel insists that Tehran has turned.', 'turned'), 'complement');
  assert.equal(kindOf('Iran will leave if Damascus asks.', 'asks'), 'conditional/irrealis');
  assert.equal(kindOf('Iran will leave if Damascus asks.', 'leave'), 'main');
  assert.equal(kindOf('There are rumors that Russia has asked Iran to leave.', 'asked'), 'hedged/irrealis');
  assert.equal(kindOf('Lavrentiev, who met Putin, arrived.', 'met'), 'relative');
  assert.equal(kindOf('Lavrentiev, who met Putin, arrived.', 'arrived'), 'main');
});

test('a conditional clause ends at the comma after it', () => {
  assert.equal(kindOf('If Russia attacks Ukraine, France will respond.', 'respond'), 'main');
});

test('quotations are clauses, and they carry over sentence ends within a paragraph', () => {
  const text = '“There have been conflicts. We will do our best,” he said.';
  assert.equal(kindOf(text, 'best'), 'quote');
  assert.equal(kindOf(text, 'said'), 'main');
});

test('questions mark their clause', () => {
  assert.equal(kindOf('Will Russia attack Ukraine?', 'attack'), 'main/question');
});

test('a relative clause without commas inside the subject ends at the main verb', () => {
  assert.equal(kindOf('The official who visited Moscow last week criticized Israel.', 'criticized'), 'main');
  assert.equal(kindOf('The official who visited Moscow last week criticized Israel.', 'visited'), 'relative');
  assert.equal(kindOf('The rebels who attacked the base were arrested.', 'were'), 'main');
  // Coordinated verbs stay in the relative clause; so does a clause reported without "that".
  assert.equal(kindOf('The official who visited Moscow and met Putin criticized Israel.', 'met'), 'relative');
  assert.equal(kindOf('Israel arrested the rebels who attacked the base.', 'attacked'), 'relative');
});
