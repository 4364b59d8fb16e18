/**
 * A copy of `s` that holds on to no larger string. V8 keeps a slice of 13 characters or more as a view into the
 * string it was cut from, so a cache keyed by words taken from articles kept whole articles alive (about 40 MB over
 * the White House corpus); caches that outlive a document store their keys through this.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
