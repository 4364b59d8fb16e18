/**
 * Words that say how unspecified force was used, for the CAMEO codebook's own distinctions: "killings of any kind
 * when the weapons used are not specified" are 190, but improvised and suicide bombings are 183 / 1831 (unconventional
 * violence, PLOVER ASSAULT) and bombing from aircraft is 195. Lowercased words, looked up in the event's clause.
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Improvised or non-military bombs (CAMEO 183). */
export const IMPROVISED_BOMB_WORDS = set('bomb bombs bombing bombings bomber bombers explosive explosives explosion explosions ied ieds car-bomb car-bombs');

/** What makes a bombing a suicide bombing (CAMEO 1831), as reporters call it. */
export const SUICIDE_WORDS = set('suicide');

/**
 * Military means: a bombing from aircraft (CAMEO 195) or shells fired by tanks and artillery are conventional force,
 * not improvised bombs, whatever the report calls the munitions.
 */
export const MILITARY_MEANS_WORDS = set(
  'air airstrike airstrikes air-strike air-strikes aerial aircraft warplane warplanes jet jets helicopter helicopters gunship gunships plane planes drone drones tank tanks artillery shell shells shelling mortar mortars rocket rockets missile missiles warship warships',
);

/** Nouns that name an armed attack itself, through which a passive victim's attacker is named ("killed in an air strike by X"). */
export const ATTACK_NOUNS = set(
  'attack attacks strike strikes airstrike airstrikes raid raids shelling bombardment bombing bombings fire gunfire crossfire ambush assault offensive explosion blast firing',
);

/** A word that names an attack or its weapon ("air strike", "shelling", "missile", "car bomb"). */
export const isMeansWord = (w: string): boolean => ATTACK_NOUNS.has(w) || MILITARY_MEANS_WORDS.has(w) || IMPROVISED_BOMB_WORDS.has(w);

/** Nouns of harm that nobody inflicts: deaths in them are no force of the place's country ("killed in a car crash"). */
export const MISHAP_WORDS = set(
  'crash crashes accident accidents collision collisions earthquake earthquakes quake flood floods flooding storm storms landslide landslides avalanche stampede derailment blaze mishap',
);
