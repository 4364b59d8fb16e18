import type { Component } from '../../pipeline/pipeline.js';

/** Placeholder until the temporal tagger lands. */
export const time: Component = {
  name: 'time',
  requires: ['sentences'],
  produces: ['timexes'],
  run() {},
};
