/**
 * Quotation marks paired within a paragraph. News text mixes curly and straight marks and
 * sometimes never closes a quotation, so pairing is lenient: any opening mark is closed by the
 * next closing-capable mark (a mark of the wrong direction included, when it is written where a
 * closing one would be), and a quotation still open at the paragraph's end is unclosed.
 */
export interface Quotation {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark, or the paragraph end when unclosed. */
  end: number;
  contentStart: number;
  contentEnd: number;
  closed: boolean;
}

const OPENERS = new Set(['“', '„', '«', '"']);
const CLOSERS = new Set(['”', '»', '"']);

const byDoc = new WeakMap<object, readonly Quotation[]>();

/**
 * The quotations of a document, paired once: segment (sentences), resolve (pronouns, the signer's "I") and
 * quotes all read them, and the text of a document never changes.
 */
export function quotationsOf(doc: { readonly text: string }): readonly Quotation[] {
  let q = byDoc.get(doc);
  if (!q) byDoc.set(doc, (q = findQuotations(doc.text)));
  return q;
}

export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  // Only quotation marks and line breaks matter: jump from one to the next.
  // ASCII news text writes quotation marks as two apostrophes ('' … '') or TeX-style (`` … '').
  const marks = /''|``|[“„«"”»\n]/g;
  let paraStart = 0;
  let open = -1;
  let openLen = 1;
  const closeParagraph = (paraEnd: number) => {
    if (open >= 0) {
      let end = paraEnd;
      while (end > open + 1 && /\s/.test(text[end - 1]!)) end--;
      out.push({ start: open, end, contentStart: open + openLen, contentEnd: end, closed: false });
    }
    open = -1;
  };
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\n') {
      closeParagraph(i);
      paraStart = i + 1;
    } else if (open < 0) {
      const straight = ch === '"' || ch === "''";
      // A closing mark typed where a quotation opens (”Yes,” she said): after a space and before a word.
      const misTyped = ch === '”' && (i === paraStart || /\s/.test(text[i - 1]!)) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
      if ((OPENERS.has(ch) || ch === "''" || ch === '``' || misTyped) && !(straight && looksLikeClosing(text, i, paraStart, ch.length))) {
        open = i;
        openLen = ch.length;
      }
    } else if (CLOSERS.has(ch) || ch === "''" || (ch === '“' && looksLikeClosing(text, i, paraStart))) {
      // An opening mark typed where a quotation closes (“Yes,“ she said) closes it when it reads as closing.
      out.push({ start: open, end: i + ch.length, contentStart: open + openLen, contentEnd: i, closed: true });
      open = -1;
    }
  }
  closeParagraph(text.length);
  return out;
}

/** A straight quote right after a word character and before a space reads as a closing mark. */
function looksLikeClosing(text: string, i: number, from: number, len = 1): boolean {
  const prev = i > from ? text[i - 1]! : ' ';
  const next = text[i + len] ?? ' ';
  return /[\w.,!?]/.test(prev) && /[\s.,;:!?)]/.test(next);
}
