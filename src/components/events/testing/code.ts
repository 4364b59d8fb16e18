import type { Doc, Event } from '../../../doc/schema.js';
import { loadKb } from '../../../kb/kb.js';
import { codeEvents } from '../compute/codeEvents.js';
import { DocBuilder } from './fixture.js';

/** A builder with the countries and people the unit tests talk about. */
export function world(text: string): DocBuilder {
  const b = new DocBuilder(text);
  const countries: Array<[string, string, string?]> = [
    ['Russia', 'RUS', 'Moscow'],
    ['Ukraine', 'UKR', 'Kyiv'],
    ['Iran', 'IRN', 'Tehran'],
    ['Israel', 'ISR'],
    ['Syria', 'SYR', 'Damascus'],
    ['France', 'FRA', 'Paris'],
    ['China', 'CHN', 'Beijing'],
  ];
  for (const [name, iso, capital] of countries) if (text.includes(name) || (capital && text.includes(capital))) b.country(name, iso, capital);
  for (const [name, iso] of [['Russian', 'RUS'], ['Iranian', 'IRN'], ['Israeli', 'ISR'], ['Syrian', 'SYR']] as const) {
    if (new RegExp(`\\b${name}\\b`).test(text)) b.mentions(name, iso.toLowerCase(), { kind: 'demonym', country: iso });
  }
  const people: Array<[string, string[], string]> = [
    ['putin', ['Vladimir Putin', 'Putin'], 'RUSGOV'],
    ['trump', ['Donald Trump', 'Trump'], 'USAGOV'],
    ['lavrentiev', ['Alexander Lavrentiev', 'Lavrentiev'], 'RUSGOV'],
    ['velayati', ['Velayati'], 'IRNGOV'],
    ['pompeo', ['Pompeo'], 'USAGOV'],
  ];
  for (const [id, names, actor] of people) if (names.some((n) => text.includes(n))) b.person(id, names.filter((n) => text.includes(n)), actor);
  for (const city of [['Tehran', 'IRN'], ['Jerusalem', 'ISR'], ['Helsinki', 'FIN'], ['Moscow', 'RUS'], ['Aleppo', 'SYR']] as const) {
    if (text.includes(city[0])) b.places(city[0], city[1]);
  }
  for (const c of ['Syria', 'Ukraine']) if (text.includes(c)) b.places(c, c === 'Syria' ? 'SYR' : 'UKR', 'country');
  return b;
}

export function code(doc: Doc): Event[] {
  return codeEvents(doc, loadKb());
}

/** "RUS→UKR 190" for compact assertions. */
export function brief(events: Event[]): string[] {
  return events.map((e) => `${e.source?.actor}→${e.target?.actor} ${e.cameo}`);
}
