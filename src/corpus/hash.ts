import { createHash } from 'node:crypto';

/**
 * Text as compared for exact duplicates: case, spacing and typographic quote styles do not make
 * two copies of an article different.
 */
export function normalizeForHash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201F]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Content hash of an article's text (hex, 32 chars): the key for exact duplicates. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text)).digest('hex').slice(0, 32);
}

/** A stable id from parts: the same parts give the same id on every run and every machine. */
export function stableId(prefix: string, ...parts: Array<string | number | null | undefined>): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(String(p ?? '\u0000')).update('\u001f');
  return `${prefix}${h.digest('hex').slice(0, 20)}`;
}
