/**
 * Reusable per-token flag arrays. The coder runs synchronously, one document at a time, and these flags never
 * outlive the pass that fills them, so each pass borrows one zeroed buffer instead of allocating its own.
 */
const pools: Uint8Array[] = [];

/** Buffer `slot` (one per pass that needs flags), zeroed over [0, n); it may be longer than n. */
export function scratchFlags(slot: number, n: number): Uint8Array {
  let buf = pools[slot];
  if (!buf || buf.length < n) {
    buf = new Uint8Array(Math.max(n, 1024));
    pools[slot] = buf;
  } else buf.fill(0, 0, n);
  return buf;
}

/** Buffer slots: each pass owns one, so passes that overlap in time never share a buffer. */
export const COVERED = 0;
export const TAKEN = 1;
export const TRIGGER_TOKENS = 2;

/** A new array of n copies of a number (a plain loop: `Array.prototype.fill` on a fresh array takes a slow runtime path). */
export function filledArray(n: number, value: number): number[] {
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = value;
  return out;
}
