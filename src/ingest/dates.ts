/** Publication dates as pages and feeds write them, reduced to a calendar day (YYYY-MM-DD). */

function isCalendarDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && y >= 1800 && y <= 2200;
}

/** An ISO date or date-time, or an RFC 2822 date (feeds), as YYYY-MM-DD; null when it is none. */
export function toIsoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isCalendarDay(y, m, d) ? iso[0] : null;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(v);
  if (compact && isCalendarDay(Number(compact[1]), Number(compact[2]), Number(compact[3]))) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  if (/[a-z]{3}/i.test(v)) {
    const t = Date.parse(v);
    if (!Number.isNaN(t)) {
      const d = new Date(t);
      return isCalendarDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) ? d.toISOString().slice(0, 10) : null;
    }
  }
  return null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A dateline at the start of the text ("WASHINGTON, March 3, 2024 —", "Monday, 3 March 2024"),
 * only within its first 200 characters: dates further on are what the news is about, not when it
 * was published.
 */
export function findDateline(text: string): string | null {
  const head = text.slice(0, 200);
  const mdy = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\.? (\d{1,2}),? (\d{4})\b/i.exec(head);
  const dmy = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December),? (\d{4})\b/i.exec(head);
  const m = mdy ? { mo: mdy[1]!, d: mdy[2]!, y: mdy[3]!, at: mdy.index } : null;
  const n = dmy ? { mo: dmy[2]!, d: dmy[1]!, y: dmy[3]!, at: dmy.index } : null;
  const best = m && n ? (m.at <= n.at ? m : n) : (m ?? n);
  if (!best) return null;
  const month = MONTHS.indexOf(best.mo.toLowerCase()) + 1;
  const [y, d] = [Number(best.y), Number(best.d)];
  return isCalendarDay(y, month, d) ? `${best.y}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
}
