/**
 * Word lists the time detectors share. Data only: the regexes that use them live next to the
 * detectors, so a new spelling is added here and nowhere else.
 */

/** Month names and the abbreviations news style uses ("Sept.", "Aug."), to month numbers. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Full weekday names to ISO weekday numbers (Monday = 1 … Sunday = 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** Seasons to their TIMEX3 codes. */
export const SEASONS: Readonly<Record<string, Season>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';

/** Parts of the day to their TIMEX3 codes ("Friday night" → …TNI). */
export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI',
};

/** Calendar units a duration, an offset or a relative expression can count in. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Unit words, singular and plural, to units. */
export const UNITS: Readonly<Record<string, Unit>> = {
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year',
  decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
};

/** Ordinals that name a quarter or a half of a year ("the third quarter", "the latter half"). */
export const PERIOD_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, latter: 2,
};

/** Adverbs of frequency that are SETs on their own ("daily" → P1D). */
export const FREQUENCY_ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W',
  monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', biannually: 'P6M',
};

/**
 * Verbs that report news. A frequency word ("daily") right before a name or right before one of
 * these is a newspaper ("Russian daily Kommersant", "the daily reported"), not a SET.
 */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'reported', 'reports', 'wrote', 'writes', 'quoted', 'quotes', 'cited', 'cites',
  'published', 'publishes', 'noted', 'claimed', 'added', 'revealed', 'stated',
];

/**
 * Words that signal the clause speaks of the future; a bare "Monday" or "December" next to them
 * resolves forward from the document date instead of back.
 */
export const FUTURE_CUES: readonly string[] = [
  'will', "won't", 'shall', "'ll", 'going to', 'scheduled', 'expected to', 'set to', 'plans to', 'plan to',
  'is planned', 'are planned', 'planned to', 'planning', 'intends to', 'upcoming', 'hopes to', 'aims to', 'would', 'to be held',
  // What is planned lies ahead of the planning: "protesters planned a demonstration on Saturday".
  'planned a', 'planned an', 'plans a', 'plans an', 'plan a', 'plan an',
  // Terms of a deal or a deadline: "payable Jan. 2", "effective Feb. 1", "until 9 a.m. Tuesday".
  'payable', 'effective', 'expires', 'expire', 'as soon as', 'as early as', 'is to', 'are to',
];

/**
 * Verbs of scheduled events. In the present tense before a day or a month ("Arafat and Netanyahu
 * meet separately Monday", "the council convenes in December") they tell of a plan, so the date
 * lies ahead; their -s forms are derived.
 */
export const SCHEDULE_VERBS: readonly string[] = [
  'meet', 'arrive', 'leave', 'depart', 'begin', 'start', 'open', 'reopen', 'resume', 'visit', 'travel', 'head', 'return',
  'vote', 'convene', 'close', 'end', 'conclude', 'face', 'play', 'host', 'attend', 'testify', 'fly', 'sign', 'launch', 'hold',
];

/**
 * Words that signal a narrated past: irregular past-tense verbs frequent in news (regular ones are
 * caught by their "-ed" ending) and past adverbs.
 */
export const PAST_CUES: readonly string[] = [
  'said', 'told', 'was', 'were', 'had', 'did', 'met', 'went', 'came', 'took', 'made', 'gave', 'left',
  'began', 'held', 'won', 'lost', 'saw', 'sent', 'spent', 'brought', 'thought', 'found', 'kept', 'led',
  'fell', 'rose', 'struck', 'fought', 'became', 'got', 'ran', 'wrote', 'spoke', 'broke', 'chose', 'shot',
  'paid', 'laid', 'sold', 'stood', 'drew', 'flew', 'grew', 'knew', 'threw', 'withdrew', 'fled', 'felt',
  'heard', 'meant', 'sought', 'taught', 'caught', 'bought', 'built', 'sat', 'wore', 'swore', 'rode',
  'arose', 'woke', 'froze', 'stole', 'drove', 'hid', 'dealt', 'ago', 'earlier', 'previously', 'last',
];

/** "-ed" words that are not narrated past ("hundred", "united") or that announce a plan. */
export const NOT_PAST_ED: readonly string[] = [
  'need', 'speed', 'embed', 'united', 'red', 'bed', 'hundred', 'based', 'shed', 'feed', 'seed', 'breed',
  'bred', 'indeed', 'proceed', 'succeed', 'exceed', 'creed', 'weed', 'deed', 'wed', 'scheduled',
  'expected', 'planned', 'related', 'limited', 'advanced', 'armed', 'alleged', 'concerned', 'interested',
  'detailed', 'supposed', 'unexpected', 'unprecedented', 'sacred', 'naked', 'wicked', 'aged',
];

const NOT_PAST = new Set(NOT_PAST_ED);

/** A regular past form ("retreated"), not a word that only ends like one ("hundred", "need"). */
export function isRegularPast(word: string): boolean {
  return word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word);
}
