import type { Doc, Mention } from '../../doc/schema.js';
import { tokenIndexAt } from '../../doc/doc.js';

// Words after which a nationality names a language: "in French", "speaks English", "translated into Arabic".
const LANGUAGE_LEADS = new Set(['in', 'into', 'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'translate', 'translated', 'translating', 'learn', 'learned', 'learning', 'teach', 'taught', 'teaching', 'written', 'fluent']);
// Languages, most of them nationalities too.
const LANGUAGES = new Set(['Arabic', 'Hindi', 'Urdu', 'Bengali', 'Swahili', 'Tamil', 'Pashto', 'Farsi', 'Kurdish', 'Mandarin', 'Cantonese', 'Tagalog', 'Latin', 'Catalan', 'Basque', 'Welsh', 'Yiddish', 'English', 'French', 'German', 'Spanish', 'Italian', 'Portuguese', 'Russian', 'Chinese', 'Japanese', 'Korean', 'Hebrew', 'Turkish', 'Greek', 'Dutch', 'Polish', 'Ukrainian', 'Persian', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Czech', 'Hungarian', 'Romanian', 'Serbian', 'Croatian', 'Vietnamese', 'Thai', 'Indonesian', 'Malay', 'Somali', 'Mongolian', 'Albanian', 'Bulgarian', 'Georgian', 'Armenian', 'Estonian', 'Latvian', 'Lithuanian', 'Slovak', 'Slovenian', 'Icelandic', 'Maltese', 'Filipino']);
// Words that may stand between such a word and the language: "speaks fluent Arabic and some English".
const LANGUAGE_MODIFIERS = new Set(['some', 'good', 'broken', 'perfect', 'basic', 'native', 'and', 'or', ',', 'both']);

/**
 * A name right before "language" is a language ("the Hindi language", "Hindi language: …"), MISC as CoNLL-2003 writes
 * languages, however its context made the recognizer read it (an organization, for a label of a translation). So is a
 * nationality after a word of speaking or "in" with no noun after it ("told a guard, in French and English, …"):
 * no country acts there.
 */
export function typeLanguageNames(doc: Doc, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type === 'MISC' || m.text.includes(' ')) continue;
    if (m.kind === 'name' && /^\s+languages?\b/.test(doc.text.slice(m.end, m.end + 12))) {
      m.type = 'MISC';
      m.rule = 'name:language';
      m.country = undefined;
    } else if (m.kind === 'demonym' && LANGUAGES.has(m.text) && spokenAsLanguage(doc, m)) {
      m.type = 'MISC';
      m.kind = 'name';
      m.rule = 'name:language';
      m.country = undefined;
      m.canonical = undefined;
    }
  }
}

function spokenAsLanguage(doc: Doc, m: Mention): boolean {
  const toks = doc.tokens;
  const k = tokenIndexAt(doc, m.start);
  // "in French Guiana", "in French and British waters": the nationalities qualify what follows them.
  let n = k + 1;
  while (n < toks.length && toks[n]!.sentence === toks[k]!.sentence && (/^(?:and|or|,)$/.test(toks[n]!.text) || (toks[n]!.pos === 'PROPN' && LANGUAGES.has(toks[n]!.text)))) n++;
  const next = toks[n];
  if (next && next.sentence === toks[k]!.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return false;
  for (let j = k - 1; j >= 0 && k - j <= 4 && toks[j]!.sentence === toks[k]!.sentence; j--) {
    const w = toks[j]!.text.toLowerCase();
    if (LANGUAGE_LEADS.has(w)) return true;
    // "in French and English": another language before the "and".
    if (LANGUAGE_MODIFIERS.has(w)) continue;
    if (LANGUAGES.has(toks[j]!.text)) continue;
    return false;
  }
  return false;
}
