import type { Entity } from '../doc/schema.js';

// Kept free of Node imports: the web app links entities to actor pages with the same ids.

/** Names compared across documents: case, accents and punctuation do not make another actor. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Cross-document actor id: the one the resolve component gives (`person:vladimir-putin`,
 * `country:RUS`), which the actor book and imported dictionaries share; an entity without one (a
 * title alone, "the envoy") is kept apart by its type and normalized name.
 */
export function actorIdOf(e: Pick<Entity, 'type' | 'name' | 'country' | 'actorId'>): string {
  if (e.actorId) return e.actorId;
  return `${e.type.toLowerCase()}:${normalizeName(e.name)}`;
}
