/**
 * The incident's date from its own words, resolved with chrono-node against the published date.
 * Without a published date only an absolute date with a year is trusted; "on Thursday" stays null.
 */
import * as chrono from 'chrono-node';
import { blankDateline } from '../articles/dateline';
import { rememberRecent } from './remember';

export type DatePrecision = 'day' | 'week' | 'month' | 'year';
export interface IncidentDate {
  date: string | null;
  precision: DatePrecision | null;
  /** The text states a date, resolvable or not ("on Wednesday" with no publication date). */
  stated?: boolean;
}

const NONE: IncidentDate = { date: null, precision: null };
const WEEK_RE = /\b(?:last|this|past) week\b/i;
const OVERNIGHT_RE = /\b(?:overnight|last night)\b/i;
/** "Wednesday 06:40 …": a live blog's entry stamped with its day, which may be the day after the blog's date line. */
export const ENTRY_DAY_RE = /^(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),?\s+\d{1,2}[:.]\d{2}\b/;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** "This morning", "tonight": the report's own day (chrono-node reads them as a time of day only). */
const THIS_PART_OF_DAY_RE = /\b(?:this (?:morning|afternoon|evening)|tonight)\b/i;

function iso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function localDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12);
}

/** "…, police said on Friday": the day something was said, not the day it happened. */
const SAID_ON_RE = /\b(?:said|says|told|announced|reported|added|confirmed|stated|declared|wrote|tweeted|claimed responsibility)\s+(?:\w+\s+)?(?:late |early )?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b/gi;
/** chrono-node reads "the morning of 11 April 2023" as a time of day only, losing the date. */
const PART_OF_DAY_OF_RE = /\b(?:morning|afternoon|evening|night) (?:of|(?=on\b))/gi;
const LOWERCASE_MONTH_RE = /\b(?:march|may)\b/;
/** "The death toll from Sunday's bombing rose to 54 on Monday": the day the count rose, not the day of the event. */
const TOLL_ROSE_RE = /\b(?:rose|risen|climbed|increased|jumped|grew)\s+to\b[^,;.]*/gi;
/** "Earlier in the day": chrono reads "the day" as a date of its own. */
/** "five people have now been killed", "the ministry now says": when a count stands, not when anything happened. */
const NOW_RE = /\b(?:(?:has|have|had) now|now (?:says|said|stands|puts|reports)|so far)\b/gi;
const IN_THE_DAY_RE = /\b(?:earlier |later )?in the day\b/gi;
/** "for a second night": a count of days (chrono reads "for a second" as one second from now). */
const NTH_DAY_RE = /\b(?:for )?(?:a|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:straight |consecutive |successive )?(?:night|day|week|month)s?\b/gi;
/** "…since the army seized power on 1 February 2021": the start of a span, not the incident's day. */
const SINCE_RE = /\bsince\b[^,;.]*/gi;
const WEEKS_AGO_RE = /\b(?:\w+ )?weeks? ago\b/i;

/** The day an incident sentence states, resolved against the published date, with its precision. */
export const incidentDate = rememberRecent(dateOf, (text: string, published: string | null) => `${published}\u0000${text}`);

function dateOf(rawText: string, published: string | null): IncidentDate {
  const blank = (m: string) => ' '.repeat(m.length);
  const text = blankDateline(rawText).replace(SAID_ON_RE, blank).replace(SINCE_RE, blank).replace(NTH_DAY_RE, blank).replace(PART_OF_DAY_OF_RE, blank).replace(IN_THE_DAY_RE, blank).replace(TOLL_ROSE_RE, blank).replace(NOW_RE, blank);
  const reference = published ? localDate(published) : null;
  const entry = reference ? ENTRY_DAY_RE.exec(rawText.trim()) : null;
  if (entry && reference) {
    // The blog's own day or the next (it runs past midnight); any other weekday is the past week's.
    const ahead = (WEEKDAYS.indexOf(entry[1]!) - reference.getDay() + 7) % 7;
    const d = new Date(reference);
    d.setDate(d.getDate() + (ahead <= 1 ? ahead : ahead - 7));
    return { date: iso(d), precision: 'day' };
  }
  // "Overnight" in a report is the night ending on its publication day.
  if (reference && OVERNIGHT_RE.test(text) && !/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(text)) {
    return { date: iso(reference), precision: 'day' };
  }
  if (reference && THIS_PART_OF_DAY_RE.test(text) && !/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(text)) {
    return { date: iso(reference), precision: 'day' };
  }
  if (reference && WEEK_RE.test(text) && /\blast week\b/i.test(text)) {
    const d = new Date(reference);
    d.setDate(d.getDate() - 7);
    return { date: iso(d), precision: 'week' };
  }
  const results = chrono.parse(text, reference ?? new Date(0), { forwardDate: false });
  let stated = false;
  for (const r of results) {
    // "the march passed off", "may have": a lowercase month word is a noun or a verb.
    if (LOWERCASE_MONTH_RE.test(r.text) && !/\d/.test(r.text)) continue;
    if (r.start.isCertain('weekday') || r.start.isCertain('day')) stated = true;
    const c = r.start;
    const hasYear = c.isCertain('year');
    // Without a publication date, only a date that writes its year out is trusted.
    if (!reference && (!hasYear || !/\b(?:19|20)\d\d\b/.test(r.text))) continue;
    // A bare year ("in 2011") is history, not the incident's date.
    if (!c.isCertain('month') && !c.isCertain('weekday') && !c.isCertain('day')) continue;
    const date = c.date();
    // A weekday later than the report's own day is last week's ("On Monday evening" in a Monday report
    // is today); a month and day later than it, without a year, is last year's ("on Oct. 7" in March).
    if (reference && iso(date) > iso(reference)) {
      const daysAhead = (date.getTime() - reference.getTime()) / 86_400_000;
      if (c.isCertain('month') && c.isCertain('day') && !hasYear && daysAhead > 7) date.setFullYear(date.getFullYear() - 1);
      // "Seven months after …": a span read as a date in the future, not a date.
      else if (daysAhead > 7) continue;
      else date.setDate(date.getDate() - 7);
    }
    const precision: DatePrecision = WEEKS_AGO_RE.test(r.text) ? 'week' : c.isCertain('day') || c.isCertain('weekday') ? 'day' : 'month';
    return { date: iso(date), precision };
  }
  return stated ? { ...NONE, stated } : NONE;
}
