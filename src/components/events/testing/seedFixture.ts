/**
 * The seed article with entity, place, timex and quote layers placed by hand the way the entities, resolve,
 * time, places and quotes components are meant to produce them. It lets the event coder be measured on the
 * seed before (and independently of) those components.
 */
import { readFileSync, existsSync } from 'node:fs';
import type { Doc } from '../../../doc/schema.js';
import { DocBuilder } from './fixture.js';

export const SEED_DIR = '/work/shared/data/seed/';

export function seedAvailable(): boolean {
  return existsSync(SEED_DIR + 'article.txt') && existsSync(SEED_DIR + 'gold.json');
}

export function seedDoc(): Doc {
  const text = readFileSync(SEED_DIR + 'article.txt', 'utf8');
  const b = new DocBuilder(text, '2018-07-20');
  b.entity('putin', 'Vladimir Putin', 'PERSON', 'RUSGOV')
    .entity('lavrentiev', 'Alexander Lavrentiev', 'PERSON', 'RUSGOV')
    .entity('trump', 'Donald Trump', 'PERSON', 'USAGOV')
    .entity('dzhagaryan', 'Levon Dzhagaryan', 'PERSON', 'RUSGOV')
    .entity('assad', 'Bashar al-Assad', 'PERSON', 'SYRGOV')
    .entity('danon', 'Danny Danon', 'PERSON', 'ISRGOV')
    .entity('velayati', 'Ali Akbar Velayati', 'PERSON', 'IRNGOV')
    .entity('khamenei', 'Ali Khamenei', 'PERSON', 'IRNGOV')
    .entity('iravani', 'Amir Saeid Iravani', 'PERSON', 'IRNGOV')
    .entity('russia', 'Russia', 'COUNTRY', 'RUS')
    .entity('iran', 'Iran', 'COUNTRY', 'IRN')
    .entity('israel', 'Israel', 'COUNTRY', 'ISR')
    .entity('syria', 'Syria', 'COUNTRY', 'SYR')
    .entity('usa', 'United States', 'COUNTRY', 'USA')
    .entity('ngos', 'human rights groups', 'ORGANIZATION', 'NGO', null)
    .entity('un', 'United Nations', 'ORGANIZATION', 'IGOUNO', null)
    .entity('unsc', 'UN Security Council', 'ORGANIZATION', 'IGOUNO', null)
    .entity('snsc', 'Supreme National Security Council', 'ORGANIZATION', 'IRNGOV')
    .entity('jpost', 'The Jerusalem Post', 'MEDIA', 'ISRMED')
    .entity('kommersant', 'Kommersant', 'MEDIA', 'RUSMED')
    .entity('algemeiner', 'The Algemeiner', 'MEDIA', 'USAMED');

  const gov = { kind: 'metonym' as const, sectors: ['GOV'] };
  b.mention('Russian President Vladimir Putin', 'putin')
    .mention('special envoy', 'lavrentiev', { kind: 'title' })
    .mention('Moscow', 'russia', { ...gov, country: 'RUS' })
    .mention('ambassador', 'dzhagaryan', { kind: 'title' })
    .mention('Kremlin', 'russia', { ...gov, country: 'RUS' })
    .mention('the Islamic Republic', 'iran', { kind: 'variant' })
    .mention('Israel', 'israel')
    .mention('Alexander Lavrentiev', 'lavrentiev')
    .mention('Putin', 'putin', { nth: 1 })
    .mention('special presidential envoy', 'lavrentiev', { kind: 'title' })
    .mention('Russian', 'russia', { kind: 'demonym', nth: 1, country: 'RUS' })
    .mention('Putin', 'putin', { nth: 2 })
    .mention('Trump', 'trump')
    .mention('Iran', 'iran', { after: 'summit for' })
    .mention('Iranian news outlets', null, { kind: 'name', country: 'IRN', sectors: ['MED'] })
    .mention('Russian daily Kommersant', 'kommersant')
    .mention('Jerusalem Post', 'jpost')
    .mention('Moscow', 'russia', { ...gov, nth: 1, country: 'RUS' })
    .mention('ambassador', 'dzhagaryan', { kind: 'title', nth: 1 })
    .mention('Levon Dzhagarian', 'dzhagaryan')
    .mention('Russia', 'russia', { after: 'insisted that' })
    .mention('Iranian', 'iran', { kind: 'demonym', after: 'confrontation between' })
    .mention('Israeli', 'israel', { kind: 'demonym', after: 'Iranian and' })
    .mention('we', 'russia', { kind: 'pronoun', after: 'time in Syria' })
    .mention('Iranian', 'iran', { kind: 'demonym', after: 'between the' })
    .mention('Israeli', 'israel', { kind: 'demonym', after: 'between the Iranian' })
    .mention('We', 'russia', { kind: 'pronoun', after: 'forces there' })
    .mention('Dzhagaryan', 'dzhagaryan')
    .mention('Russia', 'russia', { after: 'rumors that' })
    .mention('Iran', 'iran', { after: 'asked' })
    .mention('he', 'dzhagaryan', { kind: 'pronoun', after: 'leave Syria,' })
    .mention('Iran', 'iran', { after: 'he said' })
    .mention('Iran', 'iran', { after: 'force out' })
    .mention('Iranians', 'iran', { kind: 'demonym' })
    .mention('Tehran', 'iran', { ...gov, after: 'can only', country: 'IRN' })
    .mention('Moscow', 'russia', { ...gov, after: 'can only', country: 'RUS' })
    .mention('President Bashar al-Assad', 'assad')
    .mention('human rights groups', 'ngos')
    .mention('Algemeiner', 'algemeiner')
    .mention('Israeli', 'israel', { kind: 'demonym', after: 'Last April' })
    .mention('ambassador', 'danon', { kind: 'title', after: 'Last April' })
    .mention('UN', 'un', { after: 'Last April' })
    .mention('Danny Danon', 'danon')
    .mention('UN Security Council', 'unsc')
    .mention('Iranian', 'iran', { kind: 'demonym', after: 'under' })
    .mention('Israel', 'israel', { after: 'Iranian command' })
    .mention('Tehran', 'iran', { ...gov, after: 'Israel insists', country: 'IRN' })
    .mention('Tehran', 'iran', { ...gov, after: 'neck', country: 'IRN' })
    .mention('its', 'iran', { kind: 'pronoun', after: 'the other hand' })
    .mention('Ali Akbar Velayati', 'velayati')
    .mention('Iran', 'iran', { after: 'adviser to' })
    .mention('Supreme Leader Ayatollah Ali Khamenei', 'khamenei')
    .mention('Iran', 'iran', { after: 'said last week' })
    .mention('Damascus', 'syria', { ...gov, after: 'if', country: 'SYR' })
    .mention('Velayati', 'velayati', { after: 'However' })
    .mention('Tehran', 'iran', { ...gov, after: 'underlined that', country: 'IRN' })
    .mention('Moscow', 'russia', { ...gov, after: 'underlined that', country: 'RUS' })
    .mention('Syrian government', 'syria', { kind: 'demonym', country: 'SYR', sectors: ['GOV'] })
    .mention('he', 'velayati', { kind: 'pronoun', after: 'against what' })
    .mention('American', 'usa', { kind: 'demonym' })
    .mention('He', 'velayati', { kind: 'pronoun', after: 'aggression' })
    .mention('Iran', 'iran', { after: 'reiterated that' })
    .mention('Moscow', 'russia', { ...gov, after: 'reiterated that', country: 'RUS' })
    .mention('Damascus', 'syria', { ...gov, after: 'reiterated that', country: 'SYR' })
    .mention('Velayati', 'velayati', { after: 'Damascus.' })
    .mention('Iran', 'iran', { after: 'as well as' })
    .mention('Russia', 'russia', { after: 'as well as' })
    .mention('deputy Secretary-General of the Supreme National Security Council', 'iravani', { kind: 'title' })
    .mention('the Islamic Republic', 'iran', { kind: 'variant', after: 'Security Council of' })
    .mention('Israeli regime', 'israel', { kind: 'metonym', country: 'ISR', sectors: ['GOV'] })
    .mention('Iran', 'iran', { after: 'cannot affect' })
    .mention('Russia', 'russia', { after: 'cannot affect Iran' })
    .mention('Amir Saeid Iravani', 'iravani')
    .mention('Lavrentiev', 'lavrentiev', { after: 'meeting with' })
    .mention('Iravani', 'iravani', { after: 'two hours' })
    .mention('his', 'iravani', { kind: 'pronoun', after: 'two hours' })
    .mention('Russian president', 'putin', { kind: 'title', after: 'the visit of' })
    .mention('special envoy', 'lavrentiev', { kind: 'title', after: 'the visit of' })
    .mention('The Islamic Republic of Iran', 'iran', { kind: 'variant' })
    .mention('Syrian', 'syria', { kind: 'demonym', after: 'strengthening a' })
    .mention('Syrian', 'syria', { kind: 'demonym', after: 'strengthening a Syrian-' })
    .mention('Irvani', 'iravani', { kind: 'variant' })
    .mention('Alexander Lavrentiev', 'lavrentiev', { nth: 1 })
    .mention('Russian government', 'russia', { kind: 'demonym', country: 'RUS', sectors: ['GOV'] })
    .mention('Lavrentiev', 'lavrentiev', { after: 'whole Syria' });

  b.places('Tehran', 'IRN').places('Syria', 'SYR', 'country').place('Helsinki', 'FIN').place('Jerusalem', 'ISR', 'city', 1);
  b.place('Damascus', 'SYR', 'city', 1);

  b.timex('Wednesday', '2018-07-18')
    .timex('last Monday', '2018-07-16')
    .timex('Thursday', '2018-07-19')
    .timex('the past five years', 'P5Y', 'DURATION')
    .timex('July 18', '2018-07-18')
    .timex('Last April', '2018-04')
    .timex('last week', '2018-W28')
    .timex('Thursday, July 19', '2018-07-19', 'DATE')
    .timex('Thursday', '2018-07-19', 'DATE', 2)
    .timex('more than two hours', 'PT2H', 'DURATION')
    .timex('a week before', '2018-07-11');

  b.quote('Moscow’s ambassador to Tehran, Levon Dzhagarian has insisted that Russia will do its best to prevent a military confrontation between Iranian and Israeli forces in Syria.', 'jpost')
    .quote('There have been conflicts from time to time in Syria and we are naturally concerned about the possibility of a military confrontation between the Iranian and Israeli forces there. We will do our best to prevent tensions from escalating,', 'dzhagaryan')
    .quote('Iran is not a [small] country you can force out. Iran is a big country that pursues an independent foreign policy. Working with Iranians can only', 'dzhagaryan')
    .quote('Tehran’s presence in Syria has turned into an unbearable “rope around its neck”', 'israel', 'indirect')
    .quote('its presence in Syria is “legitimate”', 'iran', 'indirect')
    .quote('Iran is prepared to leave Syria immediately, if Damascus asks.', 'velayati')
    .quote('Tehran and Moscow will keep up providing support for the Syrian government and people', 'velayati', 'indirect')
    .quote('Iran is coordinating its military presence in Syria with Moscow and Damascus', 'velayati', 'indirect')
    .quote('They will be the winner of the ongoing conflict.', 'velayati')
    .quote('Israeli regime\'s negative role cannot affect Iran-Russia cooperation in fighting terrorism in Syria.', 'iravani')
    .quote('The Islamic Republic of Iran attaches special importance to a political solution through strengthening a Syrian-Syrian dialogue, and supports the efforts made in this regard,', 'iravani')
    .quote('Russian government will continue to cooperate in the fight against terrorism until stability and security is reached in the whole Syria.', 'lavrentiev');
  return b.doc;
}
