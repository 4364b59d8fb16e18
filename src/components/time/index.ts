/**
 * The time component: finds time expressions (dates, times, durations, sets) and normalizes
 * them to TIMEX3 values against the document date. See find-timexes.ts for the steps.
 */
import type { Component } from '../../pipeline/pipeline.js';
import { findTimexes } from './find-timexes.js';

export { findTimexes } from './find-timexes.js';
export { inferDocumentDate } from './infer-date.js';

export const time: Component = {
  name: 'time',
  requires: ['sentences'],
  produces: ['timexes'],
  run(doc) {
    const found = findTimexes(doc.text, doc.meta.date, doc.sentences);
    if (doc.timexes.length === 0) {
      doc.timexes.push(...found);
      return;
    }
    // Another step already added timexes: keep theirs, add ours where they leave room.
    const taken = doc.timexes;
    for (const t of found) if (taken.every((k) => t.end <= k.start || k.end <= t.start)) taken.push(t);
    taken.sort((a, b) => a.start - b.start);
  },
};
