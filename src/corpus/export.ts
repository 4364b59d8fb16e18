import type { ActorRow, EventRow, QuoteRow } from '../store/types.js';

/** Rows as CSV (RFC 4180: quoted when needed, CRLF-free fields kept as they are). */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}

export const EVENT_COLUMNS = ['id', 'date', 'sourceCode', 'sourceName', 'targetCode', 'targetName', 'cameo', 'root', 'plover', 'quad', 'goldstein', 'place', 'numMentions', 'numArticles', 'numSources', 'numIndependentSources', 'firstArticleId', 'sourceUrl', 'version'] as const;
export const QUOTE_COLUMNS = ['id', 'date', 'speakerName', 'speakerId', 'kind', 'text', 'cue', 'articleId', 'title', 'url', 'start', 'end', 'version'] as const;
export const ARTICLE_COLUMNS = ['id', 'date', 'title', 'source', 'url', 'byline', 'dupOf'] as const;
export const SEARCH_COLUMNS = ['id', 'date', 'title', 'source', 'url', 'snippet', 'rank'] as const;
export const ACTOR_COLUMNS = ['id', 'name', 'type', 'code', 'country', 'numMentions', 'numArticles', 'firstSeen', 'lastSeen', 'version'] as const;

/** The 61 columns of the GDELT 2.0 event table, in order. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => p + c);
}

function geoColumns(p: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((c) => p + c);
}

/** CAMEO role and organization codes: a code starting with one of these names no country. */
const NON_COUNTRY = new Set(['GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'MED', 'EDU', 'BUS', 'CRM', 'CVL', 'HLH', 'REF', 'LAB', 'AGR', 'ELI', 'LEG', 'UAF', 'IGO', 'NGO', 'IMG', 'MNC', 'REL', 'SEP', 'INS', 'SET', 'MOD', 'RAD', 'ENV', 'DEV', 'HRI', 'NGM', 'UIS']);
const GROUP_PREFIX = new Set(['IGO', 'NGO', 'IMG', 'MNC']);

/** An actor code split into the GDELT actor fields (RUSGOV → country RUS, type GOV; IGOUNO → type IGO, group UNO). */
export function splitActorCode(code: string | null): { country: string; group: string; types: string[] } {
  const out = { country: '', group: '', types: [] as string[] };
  if (!code) return out;
  const parts = code.match(/.{1,3}/g) ?? [];
  let i = 0;
  if (parts[0] && !NON_COUNTRY.has(parts[0])) out.country = parts[i++]!;
  for (; i < parts.length; i++) {
    const p = parts[i]!;
    if (GROUP_PREFIX.has(p) && parts[i + 1] && !NON_COUNTRY.has(parts[i + 1]!)) {
      out.types.push(p);
      out.group = parts[++i]!;
    } else out.types.push(p);
  }
  return out;
}

/** One GDELT 2.0 event-table line (tab-separated), filled as far as tidings knows the fields. */
export function gdeltRow(e: EventRow): string {
  const day = e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? e.date : null;
  const sqlDate = day ? day.replace(/-/g, '') : '';
  let fraction = '';
  if (day) {
    const y = Number(day.slice(0, 4));
    const doy = (Date.parse(`${day}T00:00:00Z`) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
    fraction = (y + doy / 365).toFixed(4);
  }
  const actor = (code: string | null, name: string | null) => {
    const a = splitActorCode(code);
    return [code ?? '', name ?? '', a.country, a.group, '', '', '', a.types[0] ?? '', a.types[1] ?? '', a.types[2] ?? ''];
  };
  const emptyGeo = ['', '', '', '', '', '', '', ''];
  const actionGeo = e.place ? ['', e.place, '', '', '', '', '', ''] : emptyGeo;
  const cells = [
    e.id, sqlDate, sqlDate.slice(0, 6), sqlDate.slice(0, 4), fraction,
    ...actor(e.sourceCode, e.sourceName), ...actor(e.targetCode, e.targetName),
    '1', e.cameo, e.cameo.slice(0, 3), e.root, String(e.quad), String(e.goldstein), String(e.numMentions), String(e.numSources), String(e.numArticles), '',
    ...emptyGeo, ...emptyGeo, ...actionGeo,
    sqlDate ? `${sqlDate}000000` : '', e.sourceUrl ?? '',
  ];
  return cells.map((c) => c.replace(/[\t\n\r]+/g, ' ')).join('\t');
}

export function pick<T extends object>(rows: readonly T[], columns: readonly string[]): Array<Record<string, unknown>> {
  return rows.map((r) => Object.fromEntries(columns.map((c) => [c, (r as Record<string, unknown>)[c]])));
}

export type { ActorRow, EventRow, QuoteRow };
