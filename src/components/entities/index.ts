import type { Component } from '../../pipeline/pipeline.js';
import { findNameMentions } from './names.js';
import { findRoleMentions } from './roles.js';
import { mergeRecognized, recognizeNames } from './recognized.js';
import { defaultNerModel } from '../../ner/default-model.js';
import { defineAcronyms } from './acronyms.js';
import { codeLeaderGovernments } from './governments.js';
import { typeStorms } from './storms.js';
import { joinHyphenatedSyllables } from './syllables.js';
import { joinCaseNames } from './cases.js';
import { typeFusedModifiers, typeTimeZones } from './modifiers.js';
import { typePluralGroups } from './plurals.js';
import { typeLanguageNames } from './languages.js';
import { typeTranscriptSpeakers } from './transcripts.js';

/**
 * Mentions of actors: names (people, organizations, media, countries, places), pronouns,
 * title-only mentions ("the envoy") and group actors ("human rights groups"), each with the
 * role phrase that describes it. Names come from the knowledge base, rules over capitalized
 * words, and the trained recognizer (src/ner), which decides what the rules can only guess. Mentions are linked to entities by the resolve component.
 */
export const entities: Component = {
  name: 'entities',
  requires: ['tokens'],
  produces: ['mentions'],
  run(doc, kb) {
    const model = defaultNerModel();
    const ruled = findNameMentions(doc, kb);
    const names = joinCaseNames(doc, typeTranscriptSpeakers(doc, defineAcronyms(doc, kb, model ? mergeRecognized(doc, ruled, recognizeNames(doc, kb, model, ruled), kb.orgHeads) : ruled)));
    joinHyphenatedSyllables(doc, names);
    typeStorms(doc, kb, names);
    typeFusedModifiers(names);
    typeTimeZones(doc, names);
    typePluralGroups(doc, names, kb);
    typeLanguageNames(doc, names);
    codeLeaderGovernments(names, kb);
    const roles = findRoleMentions(doc, kb, names);
    doc.mentions = [...names, ...roles].sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
