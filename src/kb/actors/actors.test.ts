import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../index.js';
import { extendKb, loadKb } from '../kb.js';
import { ActorBook, type SeenRole } from './book.js';
import { parsePhoenixActors, phoenixName, splitActorCode } from './phoenix.js';

const DICTIONARY = `# a comment
KOFI_MENSAH_  # CountryInfo.txt
+PRESIDENT_KOFI_MENSAH_
+K._MENSAH
\t[GHAELI 900101-090106]
\t[GHAGOV >090107]
NORTHERN_FRONT_ [GHAREB]
ACCRA_ [GHA]
<!-- a comment
over lines -->
THE_WEST_AFRICAN_COUNCIL_ [IGOWAFCOU]
NO_CODE_HERE_
\tstray words without a code
`;

test('Phoenix/PETRARCH actor dictionaries: dated roles, standing codes, places left out', () => {
  const kb = loadKb();
  const r = parsePhoenixActors(DICTIONARY, (c) => kb.countries.has(c), (w) => kb.personTitles.has(w));
  assert.equal(r.actors.length, 1);
  const mensah = r.actors[0]!;
  assert.equal(mensah.name, 'Kofi Mensah');
  assert.deepEqual(mensah.aliases, ['K. Mensah']);
  assert.equal(mensah.country, 'GHA');
  assert.deepEqual(mensah.roles.map((x) => [x.sector, x.from, x.to]), [
    ['ELI', '1990-01-01', '2009-01-06'],
    ['GOV', '2009-01-07', null],
  ]);
  assert.deepEqual(r.organizations.map((o) => [o.name, o.code, o.country]), [
    ['Northern Front', 'GHAREB', 'GHA'],
    ['West African Council', 'IGOWAFCOU', null],
  ]);
  assert.equal(r.places, 1);
  assert.equal(r.skipped, 1);
  assert.equal(r.unreadable, 1);
  assert.equal(phoenixName('U.N._'), 'U.N.');
  assert.deepEqual(splitActorCode('RUSGOVMIL', (c) => c === 'RUS'), { country: 'RUS', sectors: ['GOV', 'MIL'], code: 'RUSGOVMIL' });
});

test('an imported actor codes a bare surname by the role held on the article date', () => {
  const kb = loadKb();
  const extended = extendKb(kb, parsePhoenixActors(DICTIONARY, (c) => kb.countries.has(c), (w) => kb.personTitles.has(w)));
  const text = 'Mensah said on Tuesday that the talks would go on.';
  const late = extract(text, { date: '2012-03-01', kb: extended }).entities.find((e) => e.name === 'Kofi Mensah');
  assert.equal(late?.actor, 'GHAGOV');
  assert.equal(late?.actorId, 'person:kofi-mensah');
  const early = extract(text, { date: '2000-03-01', kb: extended }).entities.find((e) => e.name === 'Kofi Mensah');
  assert.equal(early?.actor, 'GHAELI');
  // The built-in knowledge base is left as it was.
  assert.equal(kb.actors.get('mensah'), undefined);
});

test('the actor book learns roles written in articles and codes later bare mentions', () => {
  const book = new ActorBook();
  const first = extract('Kenyan Interior Minister Jonas Mwangi said the police would act. Mwangi spoke in Nairobi.', { date: '2018-07-16' });
  assert.ok(book.learn(first) >= 1);
  const file = book.toActorsFile();
  const mwangi = file.actors.find((a) => a.name === 'Jonas Mwangi');
  assert.equal(mwangi?.country, 'KEN');
  assert.equal(mwangi?.roles[0]?.from, '2018-07-16');
  assert.equal(mwangi?.id, 'person:jonas-mwangi');

  const later = extract('Mwangi told reporters on Monday that curfews would end.', { date: '2018-08-01', kb: extendKb(loadKb(), file) });
  const e = later.entities.find((x) => x.name === 'Jonas Mwangi');
  assert.equal(e?.actor, 'KENGOV');
  assert.equal(e?.actorId, mwangi?.id);

  // Seen again later: the same role, seen twice, still from the first day.
  book.learn(extract('Interior Minister Jonas Mwangi of Kenya left.', { date: '2018-09-01' }));
  const again = ActorBook.fromActorsFile(book.toActorsFile()).toActorsFile().actors.find((a) => a.name === 'Jonas Mwangi')!;
  assert.ok(again.roles.some((r) => (r as SeenRole).seen >= 1 && r.from === '2018-07-16'));
  // No date, nothing learned: a role needs a time.
  assert.equal(new ActorBook().learn(extract('Interior Minister Jonas Mwangi of Kenya left.')), 0);
});
