import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NerModel } from './model.js';

/** The committed model, trained by `tidings train ner` (see README, "Entity recognizer"). */
export const DEFAULT_NER_MODEL_PATH = fileURLToPath(new URL('../../../models/ner.bin', import.meta.url));

let cached: NerModel | null | undefined;

/**
 * The default model, loaded once; null when the file is missing (a checkout before training),
 * in which case entities come from the knowledge base and the rules alone.
 */
export function defaultNerModel(): NerModel | null {
  if (cached === undefined) cached = existsSync(DEFAULT_NER_MODEL_PATH) ? NerModel.load(DEFAULT_NER_MODEL_PATH) : null;
  return cached;
}
