import type { Component } from '../../pipeline/pipeline.js';
import { codeEvents } from './compute/codeEvents.js';

/**
 * CAMEO event coding by a shallow clause analysis over the token, mention, timex, quote and place layers:
 * verb and noun patterns from the kb, subjects and objects found around them, no event without a pattern.
 */
export const events: Component = {
  name: 'events',
  requires: ['tokens', 'entities', 'timexes', 'quotes', 'places'],
  produces: ['events'],
  run(doc, kb) {
    doc.events = codeEvents(doc, kb);
  },
};

export { codeEvents } from './compute/codeEvents.js';
