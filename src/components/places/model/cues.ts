/**
 * Grammar words the place resolver reads: closed-class English words and a few nouns that say what kind of
 * place or what kind of use a name has. Names themselves live in the gazetteer.
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Prepositions that put what follows on the map ("in Tehran", "from Gaza", "toward Tripoli"). */
export const SPATIAL_PREPS = set(
  'in at near from to toward towards into across outside inside around through throughout off via within onto between beyond along',
);

/** Words that may stand between a spatial preposition and the name ("in southern Lebanon", "in the occupied West Bank"). */
export const PLACE_MODIFIERS = set(
  'the a an northern southern eastern western central north south east west northeast northwest southeast southwest north-east north-west south-east south-west north-eastern north-western south-eastern south-western northeastern northwestern southeastern southwestern upper lower greater downtown occupied rural coastal neighbouring neighboring nearby war-torn besieged',
);

/** Lowercase words that may join the capitalized words of one name ("Newcastle upon Tyne", "Gulf of Aden"). */
export const NAME_CONNECTORS = set('of de del la el al upon on-the du des da do di');

/** Nouns that, right after a name, say it is a first-level region ("Washington state", "Idlib province"). */
export const REGION_NOUNS = set('state province governorate region oblast prefecture territory emirate canton county district');

/** Nouns that say the name is a settlement ("Birmingham city council", "the city of Alexandria"). */
export const CITY_NOUNS = set('city town village capital port municipality');

/**
 * Nouns that make a possessive name an actor, not a location ("Moscow's ambassador", "Washington's hostile
 * policy"); people's roles and sectors come from the kb besides these.
 */
export const ACTOR_NOUNS = set(
  'government policy policies stance position decision response leadership regime administration authorities officials envoy ambassador diplomats allies ally demands offer proposal refusal support backing approach',
);

/** Verbs whose object is someone who can answer ("accused Tehran of", "urged Washington to"): a place there is an actor. */
export const ACTOR_OBJECT_VERBS = set(
  'accuse urge warn tell ask blame criticize criticise condemn threaten thank praise sanction pressure invite call press rebuke lobby persuade',
);

/** Articles, adjectives and numbers that may sit between a possessive and its noun ("Washington's hostile policy"). */
export const POSSESSIVE_MARKS = set("'s ’s '");
