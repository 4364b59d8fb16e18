export { openStore, DEFAULT_DB } from './open.js';
export { SqlStore, NEAR_DUPLICATE_THRESHOLD, type Store } from './store.js';
export type * from './types.js';
