import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, code, world } from './testing/code.js';

const run = (text: string, more?: (b: ReturnType<typeof world>) => void) => {
  const b = world(text);
  more?.(b);
  return code(b.doc);
};

test('subject–verb–object: the subject is the source, the object the target', () => {
  assert.deepEqual(brief(run('Russia attacked Ukraine.')), ['RUS→UKR 190']);
  assert.deepEqual(brief(run('France condemned Iran on Tuesday.')), ['FRA→IRN 111']);
});

test('no event without a pattern or a source; force without a named target leaves the target open', () => {
  assert.deepEqual(run('Russia and Ukraine share a long border.'), []);
  assert.deepEqual(run('The army attacked the town.'), []);
  const [e] = run('Russia attacked.');
  assert.equal(e?.target, null);
  assert.match(e!.rule, /open-target/);
  assert.deepEqual(brief(run('Russia killed 23 people.')), ['RUS→undefined 190']);
});

test('negation, questions, conditionals, hypotheticals and hearsay code nothing', () => {
  assert.deepEqual(run('Russia did not attack Ukraine.'), []);
  assert.deepEqual(run("Russia didn't attack Ukraine."), []);
  assert.deepEqual(run('Russia never attacked Ukraine.'), []);
  assert.deepEqual(run('Will Russia attack Ukraine?'), []);
  assert.deepEqual(run('Russia could attack Ukraine.'), []);
  assert.deepEqual(run('Russia failed to attack Ukraine.'), []);
  assert.deepEqual(run('There are rumors that Russia attacked Ukraine.'), []);
  // The condition yields nothing; the main clause still counts.
  assert.deepEqual(brief(run('If Russia attacks Ukraine, France will sanction Russia.')), ['FRA→RUS 1312']);
  assert.deepEqual(brief(run('France will sanction Russia if Russia attacks Ukraine.')), ['FRA→RUS 1312']);
});

test('future and intent: cooperation becomes 03x, force becomes a 13x threat', () => {
  assert.deepEqual(brief(run('Iran will cooperate with Russia.')), ['IRN→RUS 031']);
  assert.deepEqual(brief(run('Iran is prepared to leave Syria.')), ['IRN→SYR 035']);
  assert.deepEqual(brief(run('Russia plans to visit Syria.')), ['RUS→SYR 036']);
  assert.deepEqual(brief(run('Russia will attack Ukraine.')), ['RUS→UKR 1384']);
  // Aspectual verbs keep the action factual.
  assert.deepEqual(brief(run('Russia continued to attack Ukraine.')), ['RUS→UKR 190']);
});

test('passive: the by-agent is the source', () => {
  assert.deepEqual(brief(run('Ukraine was attacked by Russia.')), ['RUS→UKR 190']);
  assert.deepEqual(run('Ukraine was attacked.'), []);
});

test('compound actors give one event per actor', () => {
  assert.deepEqual(brief(run('Iran and Russia condemned Israel.')), ['IRN→ISR 111', 'RUS→ISR 111']);
  assert.deepEqual(brief(run('Iran is coordinating its efforts with Moscow and Damascus.')), ['IRN→RUSGOV 060', 'IRN→SYRGOV 060']);
});

test('"both countries" names the last two countries mentioned', () => {
  const events = run('Iran and Russia are allies. France accused both countries of war crimes.');
  assert.deepEqual(brief(events), ['FRA→IRN 1124', 'FRA→RUS 1124']);
  assert.ok(events.every((e) => e.evidence.some((x) => x.text === 'both countries')));
});

test('appositions and relative clauses are skipped when looking for the subject', () => {
  assert.deepEqual(brief(run("Lavrentiev, Putin's special envoy to Syria, visited Jerusalem.")), ['RUSGOV→ISR 042']);
  assert.deepEqual(brief(run('Lavrentiev, who met Trump, visited Jerusalem.')), ['RUSGOV→USAGOV 040', 'RUSGOV→ISR 042']);
  assert.deepEqual(brief(run('Tehran on the other hand condemned Israel.')), ['IRNGOV→ISR 111']);
});

test('coordinated and non-finite verbs share the subject of their governing verb', () => {
  assert.deepEqual(brief(run('Lavrentiev visited Jerusalem before arriving in Tehran.')), ['RUSGOV→ISR 042', 'RUSGOV→IRN 042']);
  assert.deepEqual(brief(run('Russia attacked Ukraine and condemned France.')), ['RUS→UKR 190', 'RUS→FRA 111']);
});

test('destinations code as the country of the place', () => {
  const [e] = run('Putin arrived in Tehran on Wednesday.', (b) => b.timex('Wednesday', '2018-07-18'));
  assert.equal(e?.cameo, '042');
  assert.equal(e?.source?.actor, 'RUSGOV');
  assert.equal(e?.target?.actor, 'IRN');
  assert.equal(e?.place, 'Tehran');
  assert.equal(e?.date, '2018-07-18');
  assert.equal(e?.rule, 'verb:arrive+in→042');
});

test('"leave" is a withdrawal only from a country', () => {
  assert.deepEqual(brief(run('Iran left Syria.')), ['IRN→SYR 080']);
  assert.deepEqual(run('Putin left Tehran.'), []);
});

test('a governing verb recodes the action it governs', () => {
  assert.deepEqual(brief(run('France urged Iran to leave Syria.')), ['FRA→IRN 025']);
  assert.deepEqual(brief(run('Israel threatened to attack Iran.')), ['ISR→IRN 1384']);
  assert.deepEqual(brief(run('Iran refused to meet Trump.')), ['IRN→USAGOV 125']);
});

test('noun events: pre-modifier pairs, "with X" and the clause subject', () => {
  const [summit] = run('Putin flew home after the Putin-Trump summit in Helsinki.');
  assert.equal(summit?.cameo, '040');
  assert.equal(summit?.source?.actor, 'RUSGOV');
  assert.equal(summit?.target?.actor, 'USAGOV');
  assert.equal(summit?.place, 'Helsinki');
  // A meeting involves both sides.
  assert.deepEqual(brief(run('Velayati made the remarks in a meeting with Lavrentiev in Tehran.')), ['IRNGOV→RUSGOV 040', 'RUSGOV→IRNGOV 040']);
  assert.deepEqual(brief(run('France announced sanctions on Iran.')), ['FRA→IRN 163']);
  assert.deepEqual(run('Russia fears a possible clash with Ukraine.'), []);
  assert.deepEqual(run('France tried to prevent an attack on Syria.'), []);
});

test('attributive participles and gerunds after prepositions are not events', () => {
  assert.deepEqual(run('The Russian negotiating team met nobody.'), []);
  assert.deepEqual(run('Iran praised cooperation in fighting Israel.'), []);
});

test('an event with no named target takes the country of a place after it, unless it has an object', () => {
  const [e] = run('Russia will continue to cooperate in Syria.');
  assert.equal(e?.cameo, '031');
  assert.equal(e?.target?.actor, 'SYR');
  assert.match(e!.rule, /place-target/);
  assert.deepEqual(run('Russia discussed the plan in Syria.'), []);
});

test('quotations: the speaker reports, "we" is the speaker, a bare country is the speaker\'s government', () => {
  const b = world('“We will sanction Iran,” Pompeo said.');
  b.mention('We', 'pompeo', { kind: 'pronoun' }).quote('We will sanction Iran,', 'pompeo');
  const [e] = code(b.doc);
  assert.equal(e?.source?.actor, 'USAGOV');
  assert.equal(e?.target?.actor, 'IRN');
  assert.equal(e?.cameo, '1312');
  assert.equal(e?.reportedBy, 'pompeo');

  const v = world('“Iran is prepared to leave Syria,” Velayati said.');
  v.quote('Iran is prepared to leave Syria,', 'velayati');
  assert.deepEqual(brief(code(v.doc)), ['IRNGOV→SYR 035']);
});

test('reported negative judgements are criticism of the clause subject', () => {
  assert.deepEqual(brief(run("Israel insists that Iran's presence in Syria is unacceptable.")), ['ISR→IRN 111']);
  assert.deepEqual(run("Israel insists that Iran's presence in Syria is legitimate."), []);
  assert.deepEqual(run("Israel insists that Iran's presence in Syria is not unacceptable."), []);
});

test('dates: the clause timex, never a duration nor the date of the report', () => {
  const dated = (text: string, more: (b: ReturnType<typeof world>) => void) => run(text, more)[0]?.date;
  assert.equal(dated('Russia attacked Ukraine for three days.', (b) => b.timex('three days', 'P3D', 'DURATION')), null);
  assert.equal(dated('Russia attacked Ukraine, Reuters reported Monday.', (b) => b.timex('Monday', '2018-07-16')), null);
  assert.equal(dated('Russia attacked Ukraine on Monday.', (b) => b.timex('Monday', '2018-07-16')), '2018-07-16');
  assert.equal(dated('When Iran left on Monday, Russia condemned Israel.', (b) => b.timex('Monday', '2018-07-16')), '2018-07-16');
  assert.equal(dated("Russia condemned Israel after last Monday's vote.", (b) => b.timex('last Monday', '2018-07-16')), null);
});

test('events carry CAMEO facts, evidence, a rule and a stable id', () => {
  const a = run('Russia attacked Ukraine.');
  const b = run('Russia attacked Ukraine.');
  assert.equal(a[0]!.id, b[0]!.id);
  const e = a[0]!;
  assert.equal(e.root, '19');
  assert.equal(e.quad, 4);
  assert.equal(e.plover, 'ASSAULT');
  assert.equal(e.goldstein, -10);
  assert.deepEqual(
    e.evidence.map((x) => x.text),
    ['Russia', 'attacked', 'Ukraine'],
  );
  assert.equal(e.rule, 'verb:attack→190');
  assert.ok(e.confidence > 0 && e.confidence <= 1);
});

test('an announced refusal codes the 12x counterpart; a past negation codes nothing', () => {
  const said = world('Iran said it would not cooperate with France.');
  said.mention('it', 'irn', { kind: 'pronoun' });
  assert.deepEqual(brief(code(said.doc)), ['IRN→FRA 121']);
  assert.deepEqual(brief(run('Iran will not meet Trump.')), ['IRN→USAGOV 125']);
  assert.deepEqual(run('Iran did not cooperate with France.'), []);
});

test('a compound subject of a symmetric pattern ("… with X") with no target acts toward its own members', () => {
  assert.deepEqual(brief(run('Iran and Russia agreed to cooperate.')), ['IRN→RUS 031', 'RUS→IRN 031']);
  assert.deepEqual(brief(run('Iran and Russia met on Monday.')), ['IRN→RUS 040', 'RUS→IRN 040']);
  assert.deepEqual(brief(run('Iran and Russia attacked.')), ['IRN→undefined 190', 'RUS→undefined 190']);
  assert.deepEqual(run('Iran and Russia pledged funds.'), []);
});

test('monadic events only for spelled-out promises, concessions, protests and mobilization', () => {
  const [e] = run('Iran pledged to withdraw.');
  assert.equal(e?.cameo, '0356');
  assert.equal(e?.target, null);
  assert.match(e!.rule, /no-target/);
  assert.deepEqual(run('Iran agreed.'), []);
  assert.deepEqual(run('Iran released a statement.'), []);
});

test('"demanded that X …" targets X; "wants X to" is a wish, "forced X to" an action', () => {
  assert.deepEqual(brief(run('France demanded that Iran leave Syria.')), ['FRA→IRN 100']);
  assert.deepEqual(run('Putin wants Iran to attack Israel.'), []);
  assert.deepEqual(brief(run('Russia forced Iran to leave Syria.')), ['IRN→SYR 080']);
});

test('possessive pronouns are determiners, not targets', () => {
  const b = world('Putin defended his decision.');
  b.mention('his', 'putin', { kind: 'pronoun' });
  assert.deepEqual(code(b.doc), []);
});

test('the event place is a place in a locative phrase or the destination itself', () => {
  const [a] = run('Russia condemned Israel in Moscow.');
  assert.equal(a?.place, 'Moscow');
  const [b] = run('Lavrentiev visited Jerusalem.');
  assert.equal(b?.place, 'Jerusalem');
  const [c] = run('Israel condemned Russia.');
  assert.equal(c?.place, null);
});

test('a consultation needs the actor itself as object, not a thing it owns', () => {
  assert.deepEqual(run('France met its Russia commitments.'), []);
  assert.deepEqual(brief(run('France met Russia.')), ['FRA→RUS 040']);
});

test('force names its target through a participle after the weapon, not past a comma or another verb', () => {
  assert.deepEqual(brief(run('Russia fired missiles targeting Ukraine.')), ['RUS→UKR 194']);
  assert.deepEqual(brief(run('Russia fired rockets aimed at Ukraine.')), ['RUS→UKR 194']);
  assert.deepEqual(brief(run('Russia fired missiles, said Ukraine.')), ['RUS→undefined 194']);
  assert.deepEqual(brief(run('Russia fired missiles and condemned Ukraine.')), ['RUS→undefined 194', 'RUS→UKR 111']);
});

test('a relative pronoun standing for an attack stands for the actor that carried it out', () => {
  assert.deepEqual(brief(run('France condemned the Russian airstrike that hit Ukraine.')), ['FRA→RUS 111', 'RUS→UKR 190']);
  // No attacker named, or no attack: the pronoun names no actor.
  assert.deepEqual(brief(run('France condemned the airstrike that hit Ukraine.')), []);
  assert.deepEqual(brief(run('France condemned the Russian proposal that angered Ukraine.')), ['FRA→RUS 111']);
});
