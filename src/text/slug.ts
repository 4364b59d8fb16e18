/** "Recep Tayyip Erdoğan" → "recep-tayyip-erdogan": ids for entities and actors, stable across articles. */
export function slug(name: string): string {
  // Accents are folded only when there are any: normalize() is slow and names are mostly ASCII.
  const folded = /[^\x00-\x7f]/.test(name) ? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : name;
  return folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
