/**
 * Grammar words the clause analyser reads. These are closed-class English words (auxiliaries,
 * conjunctions, a few catenative verbs), not names: actors and event verbs live in the kb.
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Words that negate the verb group they sit in. */
export const NEGATORS = set("not n't never no");

/** Modal and future auxiliaries: announcing an action (coded with CAMEO's intent counterpart). */
export const FUTURE_MODALS = set("will shall 'll wo");

/** Modals that make the action hypothetical or generic: no event. "would" is handled apart (intent when reported). */
export const HYPOTHETICAL_MODALS = set('could might may can ca should must ought');

/** Verbs and adjectives that turn the action they govern into an intention ("is prepared to leave", "plans to visit"). */
export const INTENT_CATENATIVES = set(
  'plan intend prepare prepared ready willing aim seek want wish hope expect expected set due schedule scheduled decide determined eager poised going',
);

/** Verbs that leave the governed action factual ("keep up providing", "continued to fight"). */
export const ASPECT_CATENATIVES = set('keep continue begin start resume try attempt manage go able');

/** Verbs that make their object do the action ("forced Iran to leave"); "wants Iran to leave" only wishes it. */
export const CAUSATIVE_VERBS = set('force compel cause make get oblige drive lead prompt push help enable allow let');

/** Verbs that deny the governed action happened ("failed to reach", "avoided attacking", "denied attacking"). */
export const NEGATIVE_CATENATIVES = set('fail avoid cease stop refuse decline refrain hesitate unable deny');

/** Verbs whose clause is only feared, suspected or hoped for ("officials fear (that) Russia will attack"). */
export const SPECULATION_VERBS = set('fear worry suspect predict speculate doubt hope wish');

/** Verbs whose "that"-clause is what they deny, not what happened ("denied that it attacked the convoy"). */
export const DENIAL_VERBS = set('deny refute dispute');

/** Adjectives and verbs that may sit in a verb group between the auxiliary and the action. */
export const GROUP_ADJECTIVES = set('able unable ready willing prepared set due likely determined eager poised going');

/** Verbs whose "that"-clause is what they ask for, not what happened ("demanded that Iran leave Syria"). */
export const DIRECTIVE_VERBS = set('demand ask urge request propose suggest recommend order require call');

/** Subordinators that make their clause a condition: no event is coded inside it. */
export const CONDITIONAL_MARKERS = set('if unless whether');

/** Subordinators opening adverbial clauses (they end at the next comma once they hold a verb). */
export const ADVERBIAL_MARKERS = set('while whereas because although though when whenever since as once until after before');

/** Relative pronouns: the clause's subject, when missing, is the noun phrase before them. */
export const RELATIVE_PRONOUNS = set('which who whom whose');

/** Nouns whose "that"-clause is unconfirmed hearsay ("rumors that Russia has asked..."). */
export const HEDGE_NOUNS = set('rumor rumors rumour rumours speculation speculations hearsay gossip conjecture');

/** Prepositions before a gerund that still reports a real action ("before arriving in Tehran"). */
export const EVENTIVE_GERUND_PREPS = set('after before upon on by while since following');

/** Prepositions that let a noun event take the clause subject as its actor ("made the remarks in a meeting with X"). */
export const NOUN_SETTING_PREPS = set('in at during after following before since amid');

/** Verbs whose object noun names an event done by the subject ("held a meeting with", "launched an attack on"). */
export const LIGHT_VERBS = set('hold have conduct attend host launch carry stage mount wage join begin start resume make announce adopt approve unveil slap undertake');

/** Verbs whose object event did not (or not yet) happen ("prevent a confrontation", "arrange a meeting"). */
export const NEGATING_GOVERNORS = set(
  'prevent avoid avert cancel postpone delay deny oppose reject rule call halt stop block refuse fear warn threaten arrange plan propose seek schedule request want expect consider',
);

/** Noun modifiers that make the event possible rather than real ("a possible military clash"). */
export const HYPOTHETICAL_MODIFIERS = set('possible potential planned proposed future upcoming prospective expected alleged likely new-found');

/** Nouns whose "of"-complement is hypothetical ("the possibility of a confrontation"). */
export const HYPOTHETICAL_HEADS = set('possibility risk danger threat fear prospect prospects chance likelihood idea plan plans negotiation negotiations draft');

/** Tokens marking a possessive. */
export const POSSESSIVES = set("'s ’s ' ’");

/** Quotation marks that open or close a quoted clause. */
export const OPEN_QUOTES = set('“ « „');
export const CLOSE_QUOTES = set('” »');
export const STRAIGHT_QUOTES = set('"');

/** Personal pronouns that stand for the quoted speaker. */
export const SPEAKER_PRONOUNS = set('we us our i me my');

/** Pronouns that hold a subject position (resolved by the resolve component when it can). */
export const PERSONAL_PRONOUNS = set('he she it they we i you him her them us me');

/** "both countries", "the two nations": a collective that names the last two countries mentioned. */
export const COLLECTIVE_DETERMINERS = set('both two');
export const COLLECTIVE_COUNTRY_NOUNS = set('countries nations states governments neighbours neighbors allies capitals sides');

/** Conjunctions joining actors into a compound ("Tehran and Moscow"). */
export const ACTOR_CONJUNCTIONS = set('and or &');

/** Speech verbs that make what they report a charge: "claimed that ISIL had attacked Iraq" accuses ISIL. */
export const ALLEGATION_VERBS = set('claim allege charge accuse assert contend');


/**
 * Verbs of force whose active voice always names its victim: without an object after them ("ten soldiers killed in
 * Ukraine", "three protesters arrested") the participle is passive and the noun phrase before it the victim.
 */
export const VICTIM_VERBS = set(
  'kill wound injure arrest detain abduct kidnap assassinate execute torture jail imprison deport expel behead massacre slaughter murder lynch maim',
);
