/** Counts of events per period: per quad class, with Goldstein sum and mean. */

export type Period = 'day' | 'week' | 'month';

export interface TimelineRow {
  period: string;
  events: number;
  mentions: number;
  /** Events per quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: { 1: number; 2: number; 3: number; 4: number };
  goldsteinSum: number;
  goldsteinMean: number;
  /** The canonical events counted in this period, so a chart point can list them. */
  eventIds: string[];
}

/** ISO 8601 week of a calendar day: "2024-W05" (the week's Thursday decides the year). */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7)); // the week's Thursday
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function periodOf(date: string, by: Period): string {
  if (by === 'day') return date.slice(0, 10);
  if (by === 'month') return date.slice(0, 7);
  return isoWeek(date.slice(0, 10));
}

export function timeline(events: ReadonlyArray<{ id: string; date: string | null; quad: number; goldstein: number; numMentions: number }>, by: Period): TimelineRow[] {
  const rows = new Map<string, TimelineRow>();
  for (const e of events) {
    if (!e.date || !/^\d{4}-\d{2}-\d{2}/.test(e.date)) continue;
    const period = periodOf(e.date, by);
    let r = rows.get(period);
    if (!r) {
      r = { period, events: 0, mentions: 0, quad: { 1: 0, 2: 0, 3: 0, 4: 0 }, goldsteinSum: 0, goldsteinMean: 0, eventIds: [] };
      rows.set(period, r);
    }
    r.events++;
    r.eventIds.push(e.id);
    r.mentions += e.numMentions;
    if (e.quad >= 1 && e.quad <= 4) r.quad[e.quad as 1 | 2 | 3 | 4]++;
    r.goldsteinSum += e.goldstein;
  }
  return [...rows.values()]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((r) => ({ ...r, goldsteinSum: round(r.goldsteinSum), goldsteinMean: round(r.goldsteinSum / r.events) }));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The first day of a period ("2024-W05" → its Monday, "2024-05" → "2024-05-01"). */
export function periodStart(period: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) {
    // ISO week 1 holds January 4th.
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * 86_400_000 + (Number(week[2]) - 1) * 7 * 86_400_000;
    return new Date(monday).toISOString().slice(0, 10);
  }
  return period.length === 7 ? `${period}-01` : period;
}

/**
 * The rows with empty periods added between the first and the last, so a chart's time axis has no
 * holes. Left as they are when that would make more than `max` periods.
 */
export function fillPeriods(rows: readonly TimelineRow[], by: Period, max = 2000): TimelineRow[] {
  if (rows.length < 2) return [...rows];
  const have = new Map(rows.map((r) => [r.period, r]));
  const out: TimelineRow[] = [];
  const last = rows[rows.length - 1]!.period;
  let seen = '';
  for (let t = Date.parse(`${periodStart(rows[0]!.period)}T00:00:00Z`); ; t += 86_400_000) {
    const p = periodOf(new Date(t).toISOString().slice(0, 10), by);
    if (p === seen) continue;
    seen = p;
    out.push(have.get(p) ?? { period: p, events: 0, mentions: 0, quad: { 1: 0, 2: 0, 3: 0, 4: 0 }, goldsteinSum: 0, goldsteinMean: 0, eventIds: [] });
    if (p >= last) break;
    if (out.length > max) return [...rows];
  }
  return out;
}
