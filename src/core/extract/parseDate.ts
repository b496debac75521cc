import * as chrono from 'chrono-node';
import { MONTH_ALTERNATION, monthNumber, normaliseWord } from './monthNames.js';

export interface ParseDateOptions {
  /** Language of the text (fr, en, ar…): decides day-first vs month-first for 01/02/2025. */
  lang?: string | null;
}

interface Parts {
  y: number;
  m: number;
  d: number;
  time?: { h: number; min: number; s: number };
  offset?: string;
}

interface Candidate extends Parts {
  index: number;
  /** Length of the matched date text (without the time read after it). */
  length: number;
}

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}])';
const DAY = '(\\d{1,2})(?:er|ers|st|nd|rd|th|e|eme|º|°)?';
const ISO_RE = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/;
const YMD_RE = /(?<!\d)(\d{4})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})(?!\d)/;
const NUMERIC_RE = /(?<![\d.])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d])/;
/** "26 | 01 | 2022": bars as separators, only with a four-digit year (a bar also separates menu items). */
const BAR_RE = /(?<![\d.])(\d{1,2})\s*\|\s*(\d{1,2})\s*\|\s*(\d{4})(?![\d])/;
/**
 * What pages put between the day, the month and the year: spaces, commas (the Arabic "،"
 * included: "12 فبراير، 2025"), dashes, slashes, bars, dots.
 */
const SEP = '[\\s,\u060C\u061B.\\-/|\u2013\u2014]';
/** A month's other name in brackets after it: "فبراير (شباط)". */
const ALIAS = '(?:\\s*\\([^)]{1,24}\\))?';
const DAY_MONTH_RE = new RegExp(
  `${L}${DAY}\\.?${SEP}*(?:de\\s+|of\\s+|\u0645\u0646\\s+)?(${MONTH_ALTERNATION})\\.?${R}${ALIAS}${SEP}*(?:de\\s+)?(\\d{4})(?!\\d)`,
  'u',
);
const MONTH_DAY_RE = new RegExp(`${L}(${MONTH_ALTERNATION})\\.?${R}${ALIAS}${SEP}*${DAY}${SEP}+(\\d{4})(?!\\d)`, 'u');
const CJK_RE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const TIME_RE = /(?<!\d)([01]?\d|2[0-3])\s*(?:h|:|H)\s*([0-5]\d)(?:\s*:\s*([0-5]\d))?(?:\s*(am|pm|a\.m\.|p\.m\.))?(?:\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}))?/i;

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits as ASCII, so one set of patterns reads all of them. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

function fullYear(y: number): number {
  if (y >= 100) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

function isValid(p: Parts): boolean {
  if (p.y < 1900 || p.y > 2100 || p.m < 1 || p.m > 12 || p.d < 1) return false;
  const days = new Date(Date.UTC(p.y, p.m, 0)).getUTCDate();
  return p.d <= days;
}

function normOffset(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const u = raw.toUpperCase();
  if (u === 'Z' || u === 'UTC' || u === 'GMT') return '+00:00';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : undefined;
}

/** The time of day written right after a date (within a short window), if any. */
function timeAfter(text: string): Parts['time'] & { offset?: string } | undefined {
  const m = TIME_RE.exec(text.slice(0, 40));
  if (!m) return undefined;
  let h = Number(m[1]);
  const ampm = m[4]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  return { h, min: Number(m[2]), s: Number(m[3] ?? 0), offset: normOffset(m[5]) };
}

function withTime(p: Parts, rest: string): Parts {
  const t = timeAfter(rest);
  if (!t) return p;
  return { ...p, time: { h: t.h, min: t.min, s: t.s }, offset: t.offset };
}

function findCandidates(text: string, lang: string | undefined): Candidate[] {
  const out: Candidate[] = [];
  const push = (m: RegExpExecArray | null, f: (m: RegExpExecArray) => Parts | null, src = text): void => {
    if (!m) return;
    const p = f(m);
    if (p && isValid(p)) out.push({ ...withTime(p, src.slice(m.index + m[0].length)), index: m.index, length: m[0].length });
  };
  push(ISO_RE.exec(text), (m) => {
    const p: Parts = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    if (m[4] !== undefined) {
      return { ...p, time: { h: Number(m[4]), min: Number(m[5]), s: Number(m[6] ?? 0) }, offset: normOffset(m[7]) };
    }
    return p;
  });
  push(YMD_RE.exec(text), (m) => ({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }));
  push(NUMERIC_RE.exec(text), (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = fullYear(Number(m[4]));
    // Day-first everywhere but in English, where it is month-first unless that is impossible.
    const monthFirst = lang === 'en' ? a <= 12 : a <= 12 && b > 12;
    return monthFirst ? { y, m: a, d: b } : { y, m: b, d: a };
  });
  push(BAR_RE.exec(text), (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const monthFirst = lang === 'en' ? a <= 12 : a <= 12 && b > 12;
    return monthFirst ? { y: Number(m[3]), m: a, d: b } : { y: Number(m[3]), m: b, d: a };
  });
  push(CJK_RE.exec(text), (m) => ({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }));
  // Month names are matched on a normalised copy; its indices differ slightly, which only matters for ordering.
  const norm = normaliseWord(text);
  push(DAY_MONTH_RE.exec(norm), (m) => {
    const month = monthNumber(m[2] ?? '');
    return month ? { y: Number(m[3]), m: month, d: Number(m[1]) } : null;
  }, norm);
  push(MONTH_DAY_RE.exec(norm), (m) => {
    const month = monthNumber(m[1] ?? '');
    return month ? { y: Number(m[3]), m: month, d: Number(m[2]) } : null;
  }, norm);
  return out;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function format(p: Parts): string {
  const day = `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
  if (!p.time) return day;
  return `${day}T${pad(p.time.h)}:${pad(p.time.min)}:${pad(p.time.s)}${p.offset ?? ''}`;
}

function viaChrono(text: string, lang: string | undefined): Parts | null {
  const parser = lang === 'fr' ? chrono.fr : lang === 'de' ? chrono.de : lang === 'es' ? chrono.es : chrono.en;
  const results = parser.parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  for (const r of results) {
    const s = r.start;
    // Relative phrases ("yesterday") are certain only relative to now: not a publication date.
    if (!/\d{4}/.test(r.text)) continue;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    const p: Parts = { y: s.get('year') ?? 0, m: s.get('month') ?? 0, d: s.get('day') ?? 0 };
    if (!isValid(p)) continue;
    if (s.isCertain('hour')) {
      p.time = { h: s.get('hour') ?? 0, min: s.get('minute') ?? 0, s: s.get('second') ?? 0 };
      const tz = s.get('timezoneOffset');
      if (s.isCertain('timezoneOffset') && tz !== null) {
        const sign = tz < 0 ? '-' : '+';
        p.offset = `${sign}${pad(Math.floor(Math.abs(tz) / 60))}:${pad(Math.abs(tz) % 60)}`;
      }
    }
    return p;
  }
  return null;
}

/** Where a date is written in a text: its start, its end, and the date it says as ISO 8601. */
export interface DateSpan {
  start: number;
  end: number;
  iso: string;
}

/**
 * Dates written in a text in the patterns read without chrono (numeric, ISO, month names), in text
 * order, with where each is written: for choosing among several dates by their place. Each pattern
 * gives its first match only: read on from the end of the first span to find the later ones.
 */
export function dateSpans(text: string, opts: ParseDateOptions = {}): DateSpan[] {
  // asciiDigits keeps lengths (one digit for one digit), so the indices hold for the original text.
  const input = asciiDigits(text);
  const lang = opts.lang?.toLowerCase().slice(0, 2) ?? undefined;
  return findCandidates(input, lang)
    .sort((a, b) => a.index - b.index)
    .map((c) => ({ start: c.index, end: c.index + c.length, iso: format(c) }));
}

/**
 * Reads the first real calendar date in a piece of text (meta value, byline, "Publié le…" line)
 * and returns it as ISO 8601: YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS[+HH:MM] when a time is given.
 * Impossible dates (31/02, month 13) give null, never a shifted day.
 */
export function parseDate(text: string, opts: ParseDateOptions = {}): string | null {
  const input = asciiDigits(text).replace(/\s+/g, ' ').trim().slice(0, 500);
  if (!input) return null;
  const lang = opts.lang?.toLowerCase().slice(0, 2) ?? undefined;
  // A bare epoch timestamp (seconds or milliseconds), as some CMSs put in meta tags.
  if (/^\d{10}(\d{3})?$/.test(input)) {
    const ms = input.length === 13 ? Number(input) : Number(input) * 1000;
    const date = new Date(ms);
    // The same years as a written date (isValid): ten digits past 2100 are a number, not a timestamp.
    const year = date.getUTCFullYear();
    return year >= 1900 && year <= 2100 ? date.toISOString().replace(/\.\d{3}Z$/, '+00:00') : null;
  }
  // Metadata dates are ISO 8601 from their first character: no other pattern can come before them.
  if (/^\d{4}-\d{2}-\d{2}/.test(input)) {
    const iso = findCandidates(input.slice(0, 40), lang).find((c) => c.index === 0);
    if (iso) return format(iso);
  }
  const candidates = findCandidates(input, lang);
  candidates.sort((a, b) => a.index - b.index);
  const best = candidates[0];
  if (best) return format(best);
  // chrono is slow, and only its results with a four-digit year are taken.
  if (!/\d{4}/.test(input)) return null;
  // Machine-written dates ("Fri Feb 18 10:27:24 2022") are English whatever the page's language.
  const c = viaChrono(input, lang) ?? (lang && lang !== 'en' ? viaChrono(input, 'en') : null);
  return c ? format(c) : null;
}
