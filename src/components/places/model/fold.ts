/**
 * The lookup key of a place name: lowercase, without diacritics, straight apostrophes, one space between
 * words. "Córdoba" and "Cordoba", "São Paulo" and "Sao Paulo" find the same entries.
 */
export function foldName(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Non-ASCII letters, control characters and runs of spaces need the slow path.
    if (c > 127 || c < 32 || (c === 32 && s.charCodeAt(i + 1) === 32)) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`ʼ]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
