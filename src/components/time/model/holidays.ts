/**
 * Named days with a fixed rule, as news writes them. Each maps a year to its date, so "last
 * Christmas" or "Thanksgiving" resolve like any other day of the year. Country-specific days
 * whose name is shared by many countries ("Independence Day") are left out on purpose.
 */
import { addDays, isoWeekday, daysInMonth, type Ymd } from '../calendar.js';

type DateRule = (year: number) => Ymd;

const fixed = (m: number, d: number): DateRule => (y) => ({ y, m, d });

/** The n-th given weekday (ISO 1–7) of a month; n = -1 is the last one. */
const nthWeekday = (m: number, weekday: number, n: number): DateRule => (y) => {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
};

/** Western Easter Sunday (anonymous Gregorian computus). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

const easter = (offset: number): DateRule => (y) => addDays(easterSunday(y), offset);

/** US Election Day: the Tuesday after the first Monday of November. */
const electionDay: DateRule = (y) => addDays(nthWeekday(11, 1, 1)(y), 1);

/** Holiday names (as written, lower-cased, apostrophes straight) to their date rule. */
export const HOLIDAYS: Readonly<Record<string, DateRule>> = {
  "new year's day": fixed(1, 1), "new year's eve": fixed(12, 31), 'christmas': fixed(12, 25), 'christmas day': fixed(12, 25),
  'christmas eve': fixed(12, 24), 'boxing day': fixed(12, 26), "valentine's day": fixed(2, 14), 'halloween': fixed(10, 31),
  'bastille day': fixed(7, 14), 'may day': fixed(5, 1), 'veterans day': fixed(11, 11), "veterans' day": fixed(11, 11),
  'armistice day': fixed(11, 11), 'remembrance day': fixed(11, 11), "st. patrick's day": fixed(3, 17),
  "saint patrick's day": fixed(3, 17), 'canada day': fixed(7, 1), 'australia day': fixed(1, 26), 'anzac day': fixed(4, 25),
  "international women's day": fixed(3, 8), 'juneteenth': fixed(6, 19),
  'thanksgiving': nthWeekday(11, 4, 4), 'thanksgiving day': nthWeekday(11, 4, 4), 'memorial day': nthWeekday(5, 1, -1),
  'labor day': nthWeekday(9, 1, 1), 'martin luther king day': nthWeekday(1, 1, 3), 'martin luther king jr. day': nthWeekday(1, 1, 3),
  "presidents' day": nthWeekday(2, 1, 3), "presidents day": nthWeekday(2, 1, 3), 'columbus day': nthWeekday(10, 1, 2),
  'election day': electionDay,
  'easter': easter(0), 'easter sunday': easter(0), 'good friday': easter(-2), 'easter monday': easter(1),
  'ash wednesday': easter(-46), 'palm sunday': easter(-7), 'pentecost': easter(49),
};
