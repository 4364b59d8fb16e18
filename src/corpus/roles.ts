import type { Entity } from '../doc/schema.js';
import { actorIdOf } from './actor-id.js';

/** A role title or an actor code that articles gave an actor, with the days they did. */
export interface ActorRoleSpan {
  kind: 'role' | 'code';
  /** The role as written ("Russian President") or the CAMEO actor code ("RUSGOV"). */
  value: string;
  first: string | null;
  last: string | null;
  /** Articles that gave it. */
  articles: number;
}

/** What roles over time need of a stored article: its date and the entities of its annotations. */
export interface DatedEntities {
  date: string | null;
  annotations: { entities?: ReadonlyArray<Pick<Entity, 'type' | 'name' | 'country' | 'actorId' | 'actor' | 'roles'>> };
}

/**
 * The roles and codes an actor held, per the articles that name it: each with the first and last
 * article date that gave it. Roles are compared without case ("Russian president" = "Russian
 * President"); the spelling first seen is kept.
 */
export function rolesOverTime(actorId: string, articles: readonly DatedEntities[]): ActorRoleSpan[] {
  const spans = new Map<string, ActorRoleSpan & { seenIn: Set<number> }>();
  const add = (kind: ActorRoleSpan['kind'], value: string, date: string | null, article: number) => {
    const key = `${kind}\u0000${value.toLowerCase()}`;
    let s = spans.get(key);
    if (!s) spans.set(key, (s = { kind, value, first: date, last: date, articles: 0, seenIn: new Set() }));
    if (date && (!s.first || date < s.first)) s.first = date;
    if (date && (!s.last || date > s.last)) s.last = date;
    if (!s.seenIn.has(article)) {
      s.seenIn.add(article);
      s.articles++;
    }
  };
  articles.forEach((a, i) => {
    for (const e of a.annotations.entities ?? []) {
      if (actorIdOf(e) !== actorId) continue;
      if (e.actor) add('code', e.actor, a.date, i);
      for (const r of e.roles) add('role', r, a.date, i);
    }
  });
  return [...spans.values()]
    .map(({ seenIn: _s, ...span }) => span)
    .sort((x, y) => (x.first ?? '9999').localeCompare(y.first ?? '9999') || y.articles - x.articles || x.value.localeCompare(y.value));
}
