/**
 * tidings public API: everything the CLI, the server and the web app use.
 */
import { createDoc, type DocInput } from './doc/doc.js';
import { assertArticleText, assertIsoDate } from './doc/input.js';
import type { Doc } from './doc/schema.js';
import { loadKb, type Kb } from './kb/kb.js';
import { createPipeline, type Component, type Pipeline } from './pipeline/pipeline.js';
import { segment } from './components/segment/index.js';
import { tag } from './components/tag/index.js';
import { entities } from './components/entities/index.js';
import { resolve } from './components/resolve/index.js';
import { time } from './components/time/index.js';
import { places } from './components/places/index.js';
import { quotes } from './components/quotes/index.js';
import { events } from './components/events/index.js';

export * from './doc/schema.js';
export { createDoc, type DocInput } from './doc/doc.js';
export { InputError, assertArticleText, MAX_TEXT_CHARS } from './doc/input.js';
export { loadKb, extendKb, readActorsFile, type Kb, type ActorsFile, type KnownActor } from './kb/kb.js';
export { parsePhoenixActors, type PhoenixImport } from './kb/actors/phoenix.js';
export { ActorBook, type SeenRole } from './kb/actors/book.js';
export { createPipeline, checkPipeline, PipelineError, type Component, type Pipeline } from './pipeline/pipeline.js';

/** The default components, in the order they run. */
export const defaultComponents: readonly Component[] = Object.freeze([segment, tag, entities, resolve, time, places, quotes, events]);

const pipelines = new WeakMap<Kb, Pipeline>();

/** The default pipeline over a knowledge base (the built-in one unless given), built once per kb. */
export function getPipeline(kb: Kb = loadKb()): Pipeline {
  let p = pipelines.get(kb);
  if (!p) pipelines.set(kb, (p = createPipeline([...defaultComponents], kb)));
  return p;
}

export interface ExtractOptions extends DocInput {
  /** Knowledge base to use: the built-in one, or one extended with `extendKb` (imported dictionaries). */
  kb?: Kb;
}

/**
 * Runs the full pipeline on one article. Throws InputError (one-line message) for text that is no
 * article: not a string, empty, binary, or over MAX_TEXT_CHARS. `date` (YYYY-MM-DD) anchors relative dates; without it
 * relative dates are marked as anchored to an unknown date, never invented.
 */
export function extract(text: string, options: ExtractOptions = {}): Doc {
  const { kb, ...input } = options;
  return getPipeline(kb).run(checkedDoc(text, input));
}

function checkedDoc(text: string, input: DocInput): Doc {
  assertArticleText(text);
  if (input.date) assertIsoDate(input.date);
  return createDoc(text, input);
}

/** Articles per call of `extractMany` that ingest passes: enough to keep each component's tables warm. */
export const EXTRACT_BATCH = 16;

/**
 * Runs the full pipeline on several articles at once, component by component, which is faster for a corpus
 * than `extract` one article after another (see `Pipeline.runMany`); the documents are the same. Each result
 * is the article's document, or the error `extract` would have thrown for it (InputError for no article).
 */
export function extractMany(articles: ReadonlyArray<DocInput & { text: string }>, options: { kb?: Kb } = {}): Array<Doc | Error> {
  const out: Array<Doc | Error> = [];
  const docs: Doc[] = [];
  const slots: number[] = [];
  for (const { text, ...input } of articles) {
    try {
      docs.push(checkedDoc(text, input));
      slots.push(out.length);
      out.push(docs[docs.length - 1]!);
    } catch (err) {
      out.push(err instanceof Error ? err : new Error(String(err)));
    }
  }
  getPipeline(options.kb)
    .runMany(docs)
    .forEach((r, k) => (out[slots[k]!] = r));
  return out;
}
