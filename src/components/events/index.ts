import type { Component } from '../../pipeline/pipeline.js';

/** Placeholder until the event coder lands. */
export const events: Component = {
  name: 'events',
  requires: ['tokens', 'entities', 'timexes', 'quotes', 'places'],
  produces: ['events'],
  run() {},
};
