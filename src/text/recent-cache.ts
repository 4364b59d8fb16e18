import { ownCopy } from './own-copy.js';

/**
 * A memo keyed by words that outlives documents, of bounded size: the entries of the current
 * generation, and those of the one before. When the current one is full it becomes the old one and
 * the oldest is dropped; an entry found in the old generation moves to the current one. Words met
 * often stay, a long corpus's rare words pass through, and memory stops growing once both
 * generations are full (a cache cleared when full, or never, grew for the whole of a 7,000-article
 * ingest). Keys are stored through `ownCopy`, so no key holds an article's text alive.
 */
export class RecentCache<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  /** `generation`: the entries of one generation; at most twice as many are held. */
  constructor(private readonly generation: number) {}

  get(key: string): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(ownCopy(key), value);
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}
