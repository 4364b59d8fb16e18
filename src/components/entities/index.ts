import type { Component } from '../../pipeline/pipeline.js';
import { findNameMentions } from './names.js';
import { findRoleMentions } from './roles.js';

/**
 * Mentions of actors: names (people, organizations, media, countries, places), pronouns,
 * title-only mentions ("the envoy") and group actors ("human rights groups"), each with the
 * role phrase that describes it. Mentions are linked to entities by the resolve component.
 */
export const entities: Component = {
  name: 'entities',
  requires: ['tokens'],
  produces: ['mentions'],
  run(doc, kb) {
    const names = findNameMentions(doc, kb);
    const roles = findRoleMentions(doc, kb, names);
    doc.mentions = [...names, ...roles].sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
