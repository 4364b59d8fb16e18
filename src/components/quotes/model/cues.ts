/**
 * Attribution cues: verbs that attribute a statement, belief, intention or stance to a source
 * (PolNeAR's guidelines: statements, beliefs, intentions, decrees, perceptions, support or
 * opposition), by the complements they take. Lemmas, lowercased.
 */

/** Speech and report: a that-clause, a bare clause, a colon, a quotation, or the clause before ("…, he said"). */
const SPEECH = [
  'say', 'tell', 'add', 'note', 'write', 'tweet', 'post', 'report', 'announce', 'explain', 'argue', 'claim', 'insist',
  'state', 'declare', 'stress', 'emphasize', 'emphasise', 'underline', 'reiterate', 'acknowledge', 'admit', 'concede',
  'confirm', 'deny', 'suggest', 'warn', 'predict', 'recall', 'respond', 'reply', 'answer', 'caution', 'contend', 'assert',
  'allege', 'observe', 'remark', 'comment', 'conclude', 'testify', 'complain', 'boast', 'brag', 'joke', 'quip',
  'muse', 'reveal', 'disclose', 'indicate', 'mention', 'affirm', 'agree', 'estimate', 'speculate', 'proclaim', 'hint',
  'signal', 'counter', 'retort', 'shout', 'yell', 'exclaim', 'lament', 'scoff', 'concur', 'advise', 'recommend', 'propose',
  'demand', 'order', 'charge', 'announce', 'assure', 'promise', 'vow', 'pledge', 'threaten', 'guarantee', 'swear',
  'repeat', 'point', 'ask', 'question', 'wonder', 'insinuate', 'imply', 'contest', 'dispute', 'declare',
  'acknowledge', 'forecast', 'project', 'stipulate', 'specify', 'clarify', 'elaborate', 'summarize', 'describe', 'testify',
  'tout', 'trumpet', 'inform', 'notify', 'assure', 'urge', 'beg',
  'plead', 'quote', 'cite',
  // Less frequent verbs of saying and ruling: "reminded voters that", "the court ruled that", "reaffirmed".
  'remind', 'rule', 'reaffirm', 'recite', 'utter', 'retweet', 'interject', 'underscore', 'outline', 'detail', 'rebut',
  'highlight', 'lament', 'maintain', 'posit', 'surmise', 'aver', 'attest', 'certify', 'confide', 'profess', 'preach',
  'acknowledge', 'concede', 'reassure', 'pronounce', 'decree', 'instruct', 'dictate', 'brief', 'relay',
];

/** Belief, knowledge and perception: a that-clause or a bare clause. */
const BELIEF = [
  'think', 'believe', 'know', 'fear', 'worry', 'hope', 'expect', 'suspect', 'assume', 'doubt', 'understand',
  'realize', 'realise', 'recognize', 'recognise', 'find', 'show', 'learn', 'consider', 'guess', 'figure', 'imagine',
  'bet', 'reckon', 'conclude', 'discover', 'remember', 'forget',
  'predict', 'presume', 'trust', 'acknowledge', 'confirm', 'establish', 'indicate',
  'suggest', 'reveal', 'envision', 'envisage', 'contemplate', 'feel', 'sense', 'perceive', 'deem', 'judge',
];

/** Intention and desire: a to-infinitive ("plans to run"), sometimes a that-clause. */
const INTENTION = [
  'want', 'plan', 'intend', 'hope', 'promise', 'vow', 'pledge', 'threaten', 'refuse', 'decline', 'seek', 'aim', 'expect',
  'wish', 'offer', 'agree', 'vote', 'propose', 'prefer', 'desire', 'demand',
  'ask', 'urge', 'volunteer', 'swear', 'aspire', 'insist',
  // Deciding and getting others to act: "decided to run", "persuaded him to stay", "encouraged voters to".
  'decide', 'persuade', 'convince', 'encourage', 'request', 'resolve', 'opt', 'choose',
];

/** Stance towards something: the object and the rest of the clause ("criticized Trump for …"). */
const STANCE = [
  'criticize', 'criticise', 'praise', 'endorse', 'support', 'oppose', 'back', 'defend', 'reject', 'dismiss', 'blame',
  'accuse', 'attack', 'condemn', 'slam', 'blast', 'applaud', 'welcome', 'question', 'challenge', 'dispute', 'describe',
  'characterize', 'label', 'dub', 'cite', 'mock', 'ridicule', 'lambaste', 'denounce', 'deride', 'decry', 'deny', 'laud',
  'hail', 'thank', 'commend', 'rebuke', 'scold', 'chide', 'fault', 'knock', 'tout', 'champion',   'disavow', 'repudiate', 'acknowledge', 'admit', 'confirm', 'announce', 'reveal', 'disclose', 'predict', 'propose',
  'recommend', 'demand', 'promise', 'pledge', 'vow', 'call', 'urge', 'ask', 'warn', 'discuss', 'disparage',
  'berate', 'assail', 'excoriate', 'suggest', 'argue', 'claim',   'want', 'seek', 'fear', 'oppose', 'regret', 'appreciate', 'mourn', 'refute', 'contradict',
  'reiterate', 'repeat', 'stress', 'emphasize', 'note', 'cite', 'recall', 'ridicule', 'defend',
  // Presenting and judging something or someone: "portrayed him as", "likened it to", "expressed concern".
  'express', 'voice', 'portray', 'promote', 'view', 'list', 'deem', 'advocate', 'outline', 'attribute', 'congratulate',
  'invoke', 'rebut', 'detail', 'bemoan', 'liken', 'lambast', 'reaffirm', 'reference', 'frame', 'interpret', 'rebuff',
  'credit', 'downplay', 'highlight', 'underscore', 'request', 'name', 'boo', 'favor', 'favour', 'applaud', 'salute',
  'castigate', 'belittle', 'malign', 'vilify', 'smear', 'impugn', 'extol', 'celebrate', 'lionize', 'approve', 'veto',
  // Preferring one candidate or policy to another: "more than half of white women preferred Clinton".
  'prefer',
];

/** Manner and continuation verbs that attribute only quoted words ("“…,” he continued", "echoed: “…”"). */
const QUOTE_ONLY = [
  'continue', 'echo', 'read', 'confess', 'interrupt', 'chime', 'recount', 'relate', 'snap', 'gush', 'fume', 'sigh',
  'laugh', 'smile', 'chant', 'tease', 'rant', 'vent', 'sneer', 'chuckle', 'marvel', 'write', 'tweet', 'post', 'declare',
  'respond', 'reply', 'add', 'explain', 'say', 'proclaim', 'thunder', 'scream', 'cry', 'shout', 'yell', 'whisper', 'quip',
  'joke', 'muse', 'wonder', 'ask', 'conclude', 'begin', 'open', 'close', 'finish', 'summarize', 'offer', 'put', 'recall',
];

export const QUOTE_ONLY_CUES: ReadonlySet<string> = new Set(QUOTE_ONLY);
export const SPEECH_CUES: ReadonlySet<string> = new Set(SPEECH);
export const BELIEF_CUES: ReadonlySet<string> = new Set(BELIEF);
export const INTENTION_CUES: ReadonlySet<string> = new Set(INTENTION);
export const STANCE_CUES: ReadonlySet<string> = new Set(STANCE);
export const ALL_CUES: ReadonlySet<string> = new Set([...SPEECH, ...BELIEF, ...INTENTION, ...STANCE]);

/** Particles that belong to the cue ("pointed out", "called for", "spoke about"). */
export const CUE_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['point', new Set(['out', 'to'])],
  ['call', new Set(['for', 'on', 'out'])],
  ['talk', new Set(['about', 'of'])],
  ['refer', new Set(['to'])],
  ['ask', new Set(['about', 'for'])],
  ['push', new Set(['for'])],
  ['press', new Set(['for'])],
  ['lash', new Set(['out'])],
  ['sign', new Set(['off'])],
  ['weigh', new Set(['in'])],
  ['come', new Set(['out'])],
  ['hit', new Set(['back', 'out'])],
  ['argue', new Set(['for', 'against'])],
  ['vote', new Set(['for', 'against'])],
  ['warn', new Set(['of', 'against', 'about'])],
  ['complain', new Set(['about', 'of'])],
  ['comment', new Set(['on'])],
  ['rail', new Set(['against'])],
  ['apologize', new Set(['for', 'to'])],
  ['apologise', new Set(['for', 'to'])],
  ['vouch', new Set(['for'])],
  ['side', new Set(['with', 'against'])],
  ['spar', new Set(['with', 'over'])],
  ['allude', new Set(['to'])],
  ['balk', new Set(['at'])],
  ['dwell', new Set(['on'])],
  ['acquiesce', new Set(['to', 'in'])],
  ['shrug', new Set(['off'])],
  ['brush', new Set(['off', 'aside'])],
  ['single', new Set(['out'])],
  ['focus', new Set(['on'])],
  ['react', new Set(['to'])],
  ['respond', new Set(['to'])],
  ['object', new Set(['to'])],
  ['insist', new Set(['on'])],
  ['rally', new Set(['behind', 'around', 'against'])],
  ['stand', new Set(['by', 'behind', 'with'])],
  ['agree', new Set(['with'])],
  ['speak', new Set(['about', 'of', 'out', 'to', 'on'])],
]);

/** Verbs that are cues only with a particle ("pointed out", "talked about", "lashed out at"). */
export const PARTICLE_ONLY: ReadonlySet<string> = new Set([
  'speak', 'talk', 'refer', 'lash', 'weigh', 'come', 'hit', 'rail', 'sign', 'push', 'press', 'apologize', 'apologise', 'side',
  'spar', 'allude', 'balk', 'dwell', 'acquiesce', 'shrug', 'brush', 'single', 'focus', 'react', 'object', 'rally', 'stand',
]);

/** Words that are never a source: empty subjects of passives and placeholders. */
export const EMPTY_SOURCES: ReadonlySet<string> = new Set(['there', 'what']);

/** Verbs whose "it" subject is empty ("it seems that"). */
export const RAISING: ReadonlySet<string> = new Set(['seem', 'appear', 'look', 'sound', 'turn', 'happen', 'remain']);

/** Nouns of speech that close a quotation in the next sentence ("X made the remarks"). */
export const REMARK_NOUNS: ReadonlySet<string> = new Set(['remark', 'comment', 'statement', 'speech', 'announcement', 'claim']);

/** Nouns of saying, believing and wanting that carry an attribution ("his claim that", "her support for"). */
export const CUE_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'statement', 'announcement', 'assertion', 'argument', 'allegation', 'accusation', 'charge', 'belief', 'view',
  'opinion', 'assessment', 'estimate', 'prediction', 'promise', 'pledge', 'vow', 'threat', 'warning', 'call', 'demand',
  'request', 'plea', 'proposal', 'plan', 'suggestion', 'recommendation', 'criticism', 'praise', 'support', 'endorsement',
  'opposition', 'denial', 'admission', 'acknowledgment', 'acknowledgement', 'insistence', 'contention', 'conclusion',
  'finding', 'hope', 'fear', 'concern', 'desire', 'wish', 'intention', 'decision', 'remark', 'comment', 'suggestion',
  'message', 'description', 'characterization', 'defense', 'defence', 'attack', 'rejection', 'complaint', 'response',
  'reply', 'answer', 'question', 'confidence', 'doubt', 'suspicion', 'expectation', 'position', 'stance', 'vision',
  'case', 'appeal', 'order', 'ruling', 'verdict', 'declaration', 'explanation', 'testimony', 'insinuation', 'idea',
  'emphasis',
]);

/** Adjectives that attribute a stance or belief to the subject of "be" ("is critical of", "was sure that"). */
export const CUE_ADJECTIVES: ReadonlySet<string> = new Set([
  'critical', 'supportive', 'skeptical', 'sceptical', 'confident', 'sure', 'certain', 'convinced', 'worried', 'concerned',
  'afraid', 'hopeful', 'optimistic', 'pessimistic', 'adamant', 'clear', 'aware', 'unaware', 'opposed', 'eager', 'keen',
  'determined', 'reluctant', 'unwilling', 'willing', 'wary', 'doubtful', 'dismissive', 'proud', 'angry',
  'upset', 'furious', 'happy', 'glad', 'pleased', 'disappointed', 'frustrated', 'surprised', 'shocked', 'satisfied',
  'grateful', 'thankful', 'fond', 'tired', 'intent', 'insistent', 'emphatic', 'vocal', 'outspoken', 'complimentary',
  'appreciative', 'enthusiastic', 'unhappy', 'upbeat', 'bullish', 'bearish', 'ambivalent', 'undecided', 'quiet', 'coy',
]);
