import type { Kb, VerbPattern } from '../../../kb/kb.js';
import { withActor, type ActorRef } from './actorPhrases.js';
import { aimedTarget, complementSubject, findAgent, findObject, findPrepTarget, meansAgent } from './complements.js';
import type { Context } from './context.js';
import { patternIndex, type CompiledPattern } from '../model/patternIndex.js';
import type { RoleHit } from './roles.js';
import { findSubject, withHeadSector } from './subject.js';
import type { Trigger } from './triggers.js';
import type { Modality, VerbGroup } from './verbGroup.js';

/** The actors a trigger found, with notes for its rule. */
export interface Roles {
  source: RoleHit | null;
  target: RoleHit | null;
  notes: string[];
  /** A target phrase was there but names no usable actor ("killed Osama"): no place may stand in for it. */
  targetBlocked?: boolean;
}

/** The rule label of a trigger: "verb:arrive+in", "verb:charge+with+war_crime". */
export function patternLabel(t: Trigger, via?: string): string {
  const p = t.pattern.pattern;
  const words = t.withTokens.length ? withLabel(t.pattern) : '';
  // "call+on", not "call+on+on", when the preposition is the pattern's own last word.
  const extra = via && !words.endsWith('+' + via) ? '+' + via : '';
  return `${t.kind}:${p.lemma}${words}${extra}`;
}

/** The `with` words of a pattern as its label spells them ("+with+war_crime"), built once per pattern. */
const withLabels = new WeakMap<CompiledPattern, string>();

function withLabel(c: CompiledPattern): string {
  let words = withLabels.get(c);
  if (words === undefined) {
    words = c.pattern.with!.map((w) => '+' + w.split('|')[0]!.replace(/ /g, '_')).join('');
    withLabels.set(c, words);
  }
  return words;
}

/** Force, coercion and mass violence act on their direct object itself, never on an "of" complement. */
const isForce = (code: string) => code >= '17';

/** The target a pattern names: after its preposition, else its direct object. */
function targetOf(ctx: Context, t: Trigger): RoleHit | null {
  // Looked for once per trigger: a governing verb asks for its governed action's target more than once.
  if (t.target !== undefined) return t.target;
  return (t.target = findTargetOf(ctx, t));
}

function findTargetOf(ctx: Context, t: Trigger): RoleHit | null {
  const p = t.pattern.pattern;
  // "called on Ukraine to …": when the pattern's last word is its target preposition, the target follows that word.
  const preps = p.targetPrep ?? [];
  const prepFrom = t.withTokens.length && preps.includes(ctx.view.lower[t.last]!) ? t.last - 1 : t.last;
  const byPrep = findPrepTarget(ctx, prepFrom, preps);
  if (byPrep) return byPrep;
  const aimed = isForce(p.code) ? aimedTarget(ctx, t.last) : null;
  if (aimed) return aimed;
  if (!(p.object ?? !p.targetPrep?.length)) return null;
  // A particle right after the verb belongs to it ("turned down X"); otherwise the object comes first ("charged X with").
  const from = t.withTokens[0] === t.token + 1 ? t.last : t.token;
  // One meets, visits or hosts an actor itself ("met Putin"), not a thing an actor owns ("meet its NATO commitments").
  return findObject(ctx, from, isForce(p.code), p.code.startsWith('04'));
}

/** Prepositions through which a governed action without a pattern names whom it is aimed at. */
const GOVERNED_PREPS = ['to', 'against', 'on'];

/** The object or aimed-at phrase of the infinitive right after `last` ("to punish Israel"), or null. */
function governedTarget(ctx: Context, last: number): RoleHit | null {
  const { view } = ctx;
  let v = last + 2;
  if (view.lower[last + 1] !== 'to') return null;
  while (v < view.tokens.length && view.pos[v] === 'ADV') v++;
  if (v >= view.tokens.length || view.pos[v] !== 'VERB' || view.sentence[v] !== view.sentence[last]) return null;
  return findObject(ctx, v) ?? findPrepTarget(ctx, v, GOVERNED_PREPS);
}

/** Keeps the refs a pattern accepts as target and recodes destinations as countries ("arrived in Tehran" → IRN). */
export function shapeTarget(p: VerbPattern, target: RoleHit | null): RoleHit | null {
  if (!target) return null;
  let refs = target.refs;
  // A capital standing for its state ("left Tehran") is a city here, not the country.
  if (p.targetCountry) {
    const kept: ActorRef[] = [];
    for (const r of refs) if ((r.type === 'COUNTRY' && r.kind !== 'metonym' && !r.place) || r.place?.feature === 'country') kept.push(r);
    refs = kept;
  }
  if (p.locative) {
    const out: ActorRef[] = new Array(refs.length);
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i]!;
      out[i] = r.country && (r.place || r.kind === 'metonym' || r.type === 'COUNTRY' || r.type === 'LOCATION') ? withActor(r, r.country) : r;
    }
    refs = out;
  }
  return refs.length ? { ...target, refs } : null;
}

/** The code of an announced action: its intent counterpart (03x, 13x), or null when CAMEO has none. */
export function recode(kb: Kb, code: string, modality: Modality, notes: string[]): string | null {
  if (modality !== 'intent') return code;
  const intent = patternIndex(kb).cameo.get(code)?.intent;
  if (!intent) return null;
  if (intent !== code) notes.push('intent');
  return intent;
}

/**
 * Source and target of a verb trigger: the subject and the pattern's target; through a governed action for
 * "urged X to leave" / "threatened to attack X"; swapped for passives ("was attacked by X").
 */
export function verbRoles(ctx: Context, t: Trigger, group: VerbGroup, notes: string[]): Roles {
  const inner = t.embedded;
  const embed = t.pattern.pattern.embed;
  const passive = group.passive;
  const subject = findSubject(ctx, t.token, group);
  let target: RoleHit | null;
  if (inner && (embed === 'appeal' || embed === 'demand')) {
    // "urged Iran to leave Syria": the one urged is the target.
    target = shapeTarget(t.pattern.pattern, targetOf(ctx, t)) ?? shapeTarget(inner.pattern.pattern, targetOf(ctx, inner));
  } else if (inner) {
    // "threatened to attack Israel": the governed action's target.
    target = shapeTarget(inner.pattern.pattern, targetOf(ctx, inner)) ?? shapeTarget(t.pattern.pattern, targetOf(ctx, t));
  } else {
    target = shapeTarget(t.pattern.pattern, targetOf(ctx, t));
    // "threatened to punish Israel", "vowed to deliver blows to the US": an intention spelled out by a verb the kb has
    // no pattern for is aimed at that verb's object or "to"/"against" phrase.
    if (!target && embed === 'intent') {
      target = governedTarget(ctx, t.last);
      // "promised to democratize Serbia": the subject's own country as a thing acted upon is no partner.
      const own = new Set(subject?.refs.map((r) => r.country ?? r.actor?.slice(0, 3)));
      if (target && target.refs.every((r) => r.actor?.length === 3 && own.has(r.actor))) target = null;
    }
  }
  // "demanded that Pyongyang forsake its program": the one asked is the subject of the "that"-clause.
  if (!target && (embed === 'appeal' || embed === 'demand')) target = complementSubject(ctx, t.last);
  if (target && subject && target.phrase === subject.phrase) target = null;
  if (passive) {
    notes.push('passive');
    // The patient of a passive is its subject: when that is no actor, no place may stand in for it.
    let agent = findAgent(ctx, t.last);
    if (!agent && isForce(t.pattern.pattern.code)) {
      const means = meansAgent(ctx, t.last);
      if (means) {
        notes.push('means-agent');
        agent = withHeadSector(ctx, means.hit, means.head);
      }
    }
    return { source: agent, target: subject, notes, targetBlocked: true };
  }
  const raw = inner ? targetOf(ctx, inner) ?? targetOf(ctx, t) : targetOf(ctx, t);
  if (t.pattern.pattern.reverse && !inner) {
    // "received weapons from the government": the government gives; with no giver named there is no event.
    notes.push('reverse');
    return { source: target, target: subject, notes, targetBlocked: true };
  }
  return { source: subject, target, notes, targetBlocked: !target && raw !== null };
}

