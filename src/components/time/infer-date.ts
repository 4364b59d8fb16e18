/**
 * Finding the publication date an article states about itself, for when the caller gives none:
 * a labelled date ("Published: July 20, 2018", "Posted on 2018-07-20"), a dateline
 * ("TEHRAN, July 20, 2018 —") or a short byline line with a date, near the start of the text.
 * A date inside the running prose ("On July 20, 1969, Apollo 11 …") is a story date, not a
 * publication date, and is not taken.
 */
import { formatDate, isValidDate } from './calendar.js';
import { MONTHS } from './model/lexicon.js';

/** How far into the text a dateline or byline can be. */
const HEAD_CHARS = 800;
const HEAD_LINES = 6;
/** A line this short that holds a date is a byline or a date line, not prose. */
const SHORT_LINE = 100;

const MONTH_SOURCE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY_SOURCE = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';

/** Each pattern yields year, month, day through `read`. */
const DATE_PATTERNS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray) => [number, number, number] | null }> = [
  // July 20, 2018 · Jul. 20th 2018
  { re: new RegExp(`${WEEKDAY_SOURCE}\\b${MONTH_SOURCE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`), read: (m) => [Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])] },
  // 20 July 2018 · 20th July, 2018
  { re: new RegExp(`${WEEKDAY_SOURCE}\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_SOURCE},?\\s+(\\d{4})\\b`), read: (m) => [Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])] },
  // 2018-07-20 · 2018/07/20 · 2018.07.20 (also inside URLs: /2018/07/20/)
  { re: /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/, read: (m) => [Number(m[1]), Number(m[3]), Number(m[4])] },
  // 07/20/2018 or 20/07/2018: only when one side cannot be a month.
  {
    re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/,
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b <= 12) return [Number(m[3]), b, a];
      if (b > 12 && a <= 12) return [Number(m[3]), a, b];
      return null;
    },
  },
];

const LABEL = /\b(?:published|posted|dated?|first\s+published|publication\s+date|released)\b\s*(?:on\b)?\s*[:\-–—]?\s*/i;
const UPDATED_LABEL = /\b(?:updated|last\s+updated|modified)\b\s*(?:on\b)?\s*[:\-–—]?\s*/i;

/** "TEHRAN, July 20, 2018 —", "WASHINGTON (Reuters) - …": a place in capitals before the date. */
const DATELINE_LEAD = /^\s*(?:[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z.]*)?\s*(?:\([^)]{1,30}\))?\s*[,:\-–—]?\s*)?$/;

interface Found {
  date: string;
  index: number;
}

function firstDate(text: string): Found | null {
  let best: Found | null = null;
  for (const { re, read } of DATE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const parts = read(m);
    if (!parts) continue;
    const [y, mo, d] = parts;
    if (y < 1900 || y > 2100 || !isValidDate(y, mo, d)) continue;
    if (!best || m.index < best.index) best = { date: formatDate({ y, m: mo, d }), index: m.index };
  }
  return best;
}

/** The date right after a label in `line` ("Published: …"), if the label is there. */
function labelled(line: string, label: RegExp): string | null {
  const m = label.exec(line);
  if (!m) return null;
  const found = firstDate(line.slice(m.index + m[0].length));
  return found && found.index <= 12 ? found.date : null;
}

/**
 * The publication date written in the text (YYYY-MM-DD), or null when the text does not state
 * one near its start.
 */
export function inferDocumentDate(text: string): string | null {
  const lines = text.slice(0, HEAD_CHARS).split(/\r?\n/).slice(0, HEAD_LINES);
  for (const line of lines) {
    const date = labelled(line, LABEL);
    if (date) return date;
  }
  for (const line of lines) {
    const found = firstDate(line);
    if (!found) continue;
    const short = line.trim().length <= SHORT_LINE;
    const datelined = DATELINE_LEAD.test(line.slice(0, found.index));
    if (short || datelined) return found.date;
  }
  // An "Updated:" stamp is the last resort: close to, but not always, the publication day.
  for (const line of lines) {
    const date = labelled(line, UPDATED_LABEL);
    if (date) return date;
  }
  return null;
}
