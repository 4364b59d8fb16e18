import type { ActorRef, Doc, Entity, Event, Quote } from '../doc/schema.js';

/** Looks up the name of a CAMEO code ("042" → "Make a visit"); undefined when unknown. */
export type CameoNamer = (code: string) => string | undefined;

export interface ReportOptions {
  cameoName?: CameoNamer;
  /** Where the text came from (a file name), shown in the header. */
  name?: string;
}

/**
 * A plain-text report of a document for people: actors, quotations by speaker, time expressions,
 * a timeline of events with their evidence and rule, and flags. Every item can be traced to its text.
 */
export function formatTextReport(doc: Doc, options: ReportOptions = {}): string {
  const cameoName = options.cameoName ?? (() => undefined);
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const out: string[] = [];

  const date = doc.meta.date ? `${doc.meta.date} (${doc.meta.dateSource})` : 'unknown';
  out.push(`tidings report${options.name ? ` — ${options.name}` : ''}`);
  out.push(`  document ${doc.id}   date ${date}   ${doc.text.length} chars, ${doc.sentences.length} sentences, ${doc.tokens.length} tokens`);
  if (doc.meta.title) out.push(`  title ${doc.meta.title}`);
  out.push(`  pipeline ${doc.pipeline.join(' → ') || '(none)'}`);

  section(out, 'ACTORS', doc.entities.length);
  const idWidth = Math.max(2, ...doc.entities.map((e) => e.id.length));
  const nameWidth = Math.min(32, Math.max(4, ...doc.entities.map((e) => e.name.length)));
  for (const e of doc.entities) {
    const code = e.actor ?? '—';
    const mentions = summarizeMentions(e);
    out.push(`  ${e.id.padEnd(idWidth)}  ${e.name.padEnd(nameWidth)}  ${e.type.padEnd(12)}  ${code.padEnd(9)}  ${mentions}`);
    if (e.roles.length) out.push(`  ${''.padEnd(idWidth)}  roles: ${e.roles.join('; ')}`);
    if (e.variants.length > 1) out.push(`  ${''.padEnd(idWidth)}  spellings: ${e.variants.join(', ')}`);
  }

  section(out, 'QUOTES', doc.quotes.length);
  for (const [speaker, quotes] of groupQuotes(doc.quotes)) {
    const entity = speaker === null ? undefined : byId.get(speaker);
    const phrase = speaker?.startsWith(SOURCE_KEY) ? speaker.slice(SOURCE_KEY.length) : null;
    const who = speaker === null ? '(no speaker found)' : phrase !== null ? `"${phrase}" (source with no actor)` : entity ? `${entity.name} [${entity.actor ?? entity.type}] (${speaker})` : `(unknown entity ${speaker})`;
    out.push(`  ${who}`);
    for (const q of quotes) {
      const cue = q.cue ? `"${q.cue.text}"` : 'no cue';
      const extras = [q.truncated ? 'truncated' : '', q.via.length ? `via ${q.via.map((id) => byId.get(id)?.name ?? id).join(', ')}` : '']
        .filter(Boolean)
        .join(', ');
      out.push(`    - ${q.kind}, ${cue}${extras ? `, ${extras}` : ''}: «${oneLine(q.content.text)}»  [${q.rule}]`);
    }
  }

  section(out, 'TIME EXPRESSIONS', doc.timexes.length);
  for (const t of doc.timexes) {
    const mod = t.mod ? ` ${t.mod}` : '';
    out.push(`  ${t.value.padEnd(12)} ${t.type.padEnd(8)} "${oneLine(t.text)}"${mod}  @${t.start}  anchor ${t.anchor}  [${t.rule}]`);
  }

  const places = groupPlaces(doc);
  section(out, 'PLACES', places.length);
  if (doc.focusCountries?.length) out.push(`  focus countries: ${doc.focusCountries.join(', ')}`);
  for (const p of places) {
    const where = [p.country ?? 'no country', p.region].filter(Boolean).join(', ');
    const at = p.lat !== null && p.lon !== null ? `  (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})` : '';
    const uses = p.actorUses ? `, ${p.actorUses} as an actor` : '';
    out.push(`  ${p.name} — ${p.feature}, ${where}${at}  ×${p.count}${uses}  [${p.reason}]`);
  }

  section(out, 'TIMELINE', doc.events.length);
  for (const ev of timeline(doc.events)) {
    const name = cameoName(ev.cameo);
    const action = `${ev.cameo}${name ? ` ${name}` : ''}`;
    const place = ev.place ? `  in ${ev.place}${ev.location?.country ? ` (${ev.location.country})` : ''}` : '';
    out.push(`  ${(ev.date ?? 'undated').padEnd(10)}  ${actorLabel(ev.source, byId)} → ${action} → ${actorLabel(ev.target, byId)}${place}`);
    const evidence = ev.evidence.map((s) => oneLine(s.text ?? doc.text.slice(s.start, s.end))).join(' … ');
    const reported = ev.reportedBy ? `, reported by ${byId.get(ev.reportedBy)?.name ?? ev.reportedBy}` : '';
    out.push(`              evidence «${evidence}»  rule ${ev.rule}  (goldstein ${ev.goldstein}, quad ${ev.quad}, confidence ${ev.confidence}${reported})`);
  }

  section(out, 'FLAGS', doc.flags.length);
  for (const f of doc.flags) {
    const fix = f.fix ? ` → "${f.fix}"` : '';
    const msg = f.message ? `  ${f.message}` : '';
    out.push(`  ${f.kind}: "${oneLine(f.text)}"${fix}  @${f.start}${msg}`);
  }
  return out.join('\n') + '\n';
}

function section(out: string[], title: string, count: number): void {
  out.push('', `${title} (${count})`);
  if (count === 0) out.push('  none');
}

function summarizeMentions(e: Entity): string {
  const counts = new Map<string, number>();
  for (const m of e.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const parts = [...counts].map(([text, n]) => (n > 1 ? `${text} ×${n}` : text));
  return `${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

// Quotes whose source names no actor ("officials", "a source") are grouped by the source's words.
const SOURCE_KEY = '\u0000source:';

/** Quotes grouped by speaker (or by source phrase), speakers in order of their first quote, unattributed last. */
function groupQuotes(quotes: readonly Quote[]): Map<string | null, Quote[]> {
  const groups = new Map<string | null, Quote[]>();
  const sorted = [...quotes].sort((a, b) => a.content.start - b.content.start);
  const key = (q: Quote) => q.speaker ?? (q.source ? SOURCE_KEY + oneLine(q.source.text) : null);
  for (const q of sorted.filter((q) => key(q) !== null)) {
    const list = groups.get(key(q)) ?? [];
    list.push(q);
    groups.set(key(q), list);
  }
  const orphans = sorted.filter((q) => key(q) === null);
  if (orphans.length) groups.set(null, orphans);
  return groups;
}

/** Events by date (undated last), then by position in the text. */
function timeline(events: readonly Event[]): Event[] {
  const pos = (e: Event) => e.evidence[0]?.start ?? 0;
  return [...events].sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? -1 : 1;
    }
    return pos(a) - pos(b);
  });
}

function actorLabel(ref: ActorRef | null, byId: ReadonlyMap<string, Entity>): string {
  if (!ref) return '—';
  const name = (ref.entity ? byId.get(ref.entity)?.name : undefined) ?? ref.text ?? ref.entity;
  if (name && ref.actor) return `${name} [${ref.actor}]`;
  return name ?? (ref.actor ? `[${ref.actor}]` : '—');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The document's places, one line per place it resolves to, in order of first mention. */
function groupPlaces(doc: Doc): Array<Doc['places'][number] & { count: number; actorUses: number }> {
  const byKey = new Map<string, Doc['places'][number] & { count: number; actorUses: number }>();
  for (const p of doc.places) {
    const key = `${p.name}|${p.country}|${p.lat}|${p.lon}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      if (p.metonymic) seen.actorUses++;
    } else byKey.set(key, { ...p, count: 1, actorUses: p.metonymic ? 1 : 0 });
  }
  return [...byKey.values()];
}
