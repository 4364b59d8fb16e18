import type { Mention } from '../../doc/schema.js';

export type MentionFields = Omit<Mention, 'start' | 'end' | 'text' | 'entity'>;

/**
 * A new mention, every optional field present (undefined until set) and always in this order.
 * Mentions were made from literals and spreads with their fields in many orders, and given
 * fields later (a country, a role, sectors), so V8 saw dozens of shapes of one record: the code
 * reading mentions throughout the pipeline was optimized for some, deoptimized by the next and
 * recompiled, again and again. An undefined field is left out of JSON, so output is the same.
 */
export function newMention(start: number, end: number, text: string, f: MentionFields): Mention {
  return {
    start,
    end,
    text,
    entity: null,
    type: f.type,
    kind: f.kind,
    country: f.country,
    sectors: f.sectors,
    role: f.role,
    roleHead: f.roleHead,
    canonical: f.canonical,
    code: f.code,
    rule: f.rule,
  };
}
