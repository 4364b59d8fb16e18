import { z } from 'zod';

/**
 * The serialized document: one schema shared by the CLI, the API, the store and the web app.
 * Keys listed in ARCHITECTURE.md are a contract with outside tools: add fields, never rename.
 */

const offset = z.number().int().nonnegative();

export const SpanSchema = z.object({
  start: offset,
  end: offset,
  text: z.string().optional(),
});

export const SentenceSchema = z.object({ start: offset, end: offset });

export const TokenSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  /** Universal POS tag (from wink-nlp). */
  pos: z.string(),
  lemma: z.string(),
  sentence: z.number().int().nonnegative(),
});

export const EntityTypeSchema = z.enum(['PERSON', 'ORGANIZATION', 'MEDIA', 'COUNTRY', 'LOCATION', 'MISC']);

export const MentionKindSchema = z.enum(['name', 'surname', 'variant', 'title', 'pronoun', 'metonym', 'demonym', 'acronym']);

export const MentionSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  /** Index into `entities` once resolved; null before the resolve component runs. */
  entity: z.string().nullable(),
  type: EntityTypeSchema,
  kind: MentionKindSchema,
  /** Country the mention points to (ISO-3), when known. */
  country: z.string().optional(),
  /** Sector codes (GOV, MIL, …) the mention itself or its title gives. */
  sectors: z.array(z.string()).optional(),
  /** A title or role attached to this mention ("special presidential envoy to Syria"). */
  role: z.object({ start: offset, end: offset, text: z.string() }).optional(),
  /** The role's head noun (envoy, minister, groups), lowercased. */
  roleHead: z.string().optional(),
  /** The name the knowledge base gives this mention (Russia for "Moscow", United Nations for "UN"). */
  canonical: z.string().optional(),
  /** Code the knowledge base gives (IGOUNO for the UN), when it has one. */
  code: z.string().optional(),
  rule: z.string(),
});

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  /** CAMEO-style actor code: country + sector(s), or an IGO / sector code alone. */
  actor: z.string().nullable(),
  /** Identity across articles ("person:vladimir-putin", "country:RUS"); null for a title alone ("the envoy"). */
  actorId: z.string().nullable().optional(),
  country: z.string().nullable(),
  sectors: z.array(z.string()),
  roles: z.array(z.string()),
  variants: z.array(z.string()),
  mentions: z.array(z.object({ start: offset, end: offset, text: z.string(), kind: MentionKindSchema })),
});

export const TimexTypeSchema = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);

export const TimexSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  type: TimexTypeSchema,
  value: z.string(),
  mod: z.string().optional(),
  /** What the value was computed from: the document date, a narrative date, or nothing known. */
  anchor: z.enum(['document', 'absolute', 'unknown']),
  rule: z.string(),
});

export const QuoteSchema = z.object({
  kind: z.enum(['direct', 'indirect', 'mixed']),
  content: z.object({ start: offset, end: offset, text: z.string() }),
  cue: z.object({ start: offset, end: offset, text: z.string() }).nullable(),
  /** Entity id of the speaker, or null when nobody could be found. */
  speaker: z.string().nullable(),
  source: z.object({ start: offset, end: offset, text: z.string() }).nullable(),
  /** Entities the speaker cites as their own source ("citing an interview in Kommersant"). */
  via: z.array(z.string()),
  truncated: z.boolean(),
  evidence: z.array(z.object({ start: offset, end: offset })),
  rule: z.string(),
});

export const ActorRefSchema = z.object({ entity: z.string().nullable(), actor: z.string().nullable(), text: z.string().optional() });

/** Where an event happened: the place the text gives for it, with coordinates. */
export const LocationSchema = z.object({
  name: z.string(),
  country: z.string().nullable(),
  region: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  feature: z.enum(['country', 'city', 'region', 'landmark', 'water']),
});

export const EventSchema = z.object({
  id: z.string(),
  source: ActorRefSchema.nullable(),
  target: ActorRefSchema.nullable(),
  cameo: z.string(),
  root: z.string(),
  plover: z.string().nullable(),
  goldstein: z.number(),
  quad: z.number().int().min(1).max(4),
  date: z.string().nullable(),
  place: z.string().nullable(),
  /** The place with its country, region and coordinates (null when the text gives none). */
  location: LocationSchema.nullable().optional(),
  evidence: z.array(z.object({ start: offset, end: offset, text: z.string().optional() })),
  rule: z.string(),
  confidence: z.number().min(0).max(1),
  /** Entity id of the speaker when the event is reported inside a quotation. */
  reportedBy: z.string().nullable(),
});

export const PlaceSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  feature: z.enum(['country', 'city', 'region', 'landmark', 'water']),
  rule: z.string(),
  /** First-level region (state, province, governorate) the place is or lies in, and its ISO 3166-2 code. */
  region: z.string().nullable().optional(),
  regionCode: z.string().nullable().optional(),
  /** How sure the resolver is of this reading among the places of that name (0–1). */
  confidence: z.number().min(0).max(1).optional(),
  /** Why this reading: "largest place named Paris (2.1M people); document's focus country FRA". */
  reason: z.string().optional(),
  /** The name stands for a government or state here ("Washington said"): an actor, not where something happened. */
  metonymic: z.boolean().optional(),
});

export const FlagSchema = z.object({
  kind: z.string(),
  start: offset,
  end: offset,
  text: z.string(),
  /** A suggested repair, when one is known ("Iravani made"). */
  fix: z.string().optional(),
  message: z.string().optional(),
});

export const MetaSchema = z.object({
  /** Publication date (YYYY-MM-DD) or null when unknown. */
  date: z.string().nullable(),
  /** Where the date came from: given by the caller, inferred from the text, or unknown. */
  dateSource: z.enum(['given', 'text', 'unknown']),
  source: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  lang: z.string(),
});

export const DocSchema = z.object({
  id: z.string(),
  text: z.string(),
  meta: MetaSchema,
  sentences: z.array(SentenceSchema),
  tokens: z.array(TokenSchema),
  mentions: z.array(MentionSchema),
  entities: z.array(EntitySchema),
  timexes: z.array(TimexSchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  places: z.array(PlaceSchema),
  /** Countries the document is about (ISO-3, strongest first), from its places, dateline, demonyms and actors. */
  focusCountries: z.array(z.string()).optional(),
  flags: z.array(FlagSchema),
  /** Names of the components that ran, in order. */
  pipeline: z.array(z.string()),
});

export type Span = z.infer<typeof SpanSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type Token = z.infer<typeof TokenSchema>;
export type EntityType = z.infer<typeof EntityTypeSchema>;
export type MentionKind = z.infer<typeof MentionKindSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Timex = z.infer<typeof TimexSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type ActorRef = z.infer<typeof ActorRefSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Flag = z.infer<typeof FlagSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type Doc = z.infer<typeof DocSchema>;

/** The layers a component may require or produce. */
export type Layer = 'sentences' | 'tokens' | 'mentions' | 'entities' | 'timexes' | 'quotes' | 'events' | 'places' | 'flags';

export function docJsonSchema(): unknown {
  return z.toJSONSchema(DocSchema, { target: 'draft-2020-12' });
}
