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
export { loadKb, type Kb } from './kb/kb.js';
export { createPipeline, checkPipeline, PipelineError, type Component, type Pipeline } from './pipeline/pipeline.js';

/** The default components, in the order they run. */
export const defaultComponents: readonly Component[] = Object.freeze([segment, tag, entities, resolve, time, places, quotes, events]);

let defaultPipeline: Pipeline | undefined;

export function getPipeline(kb: Kb = loadKb()): Pipeline {
  if (kb === loadKb()) {
    defaultPipeline ??= createPipeline([...defaultComponents], kb);
    return defaultPipeline;
  }
  return createPipeline([...defaultComponents], kb);
}

export interface ExtractOptions extends DocInput {}

/**
 * Runs the full pipeline on one article. Throws InputError (one-line message) for text that is no
 * article: not a string, empty, binary, or over MAX_TEXT_CHARS. `date` (YYYY-MM-DD) anchors relative dates; without it
 * relative dates are marked as anchored to an unknown date, never invented.
 */
export function extract(text: string, options: ExtractOptions = {}): Doc {
  assertArticleText(text);
  if (options.date) assertIsoDate(options.date);
  const doc = createDoc(text, options);
  return getPipeline().run(doc);
}
