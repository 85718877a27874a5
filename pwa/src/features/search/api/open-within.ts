// "Open today" and "open in the coming 7 days". The API has no such filter (yet), so the PWA
// decides it from each hit's opening status, which the API and the device compute with the same
// opening-hours module (holidays, closures and overnight hours included): a hit open now, or
// whose next opening falls before the end of the window, passes. To filter every match and not
// just one page, these searches take all hits: from the device's copy when it has one, else the
// API's first pages.
import { DateTime } from 'luxon';
import type { OpenStatus, SearchHit } from '../../../lib/api-types';
import { TIME_ZONE } from '../../../lib/format';
import type { OpenWithin } from '@sociale-kaart/core';

/** The end of the window (exclusive): midnight tonight in Antwerp, or seven days from now. */
export function windowEnd(within: OpenWithin, now: Date): Date {
  const local = DateTime.fromJSDate(now, { zone: TIME_ZONE });
  return (within === 'today' ? local.plus({ days: 1 }).startOf('day') : local.plus({ days: 7 })).toJSDate();
}

export function isOpenWithin(open: OpenStatus, within: OpenWithin, now: Date = new Date()): boolean {
  if (open.isOpen) return true;
  if (!open.nextOpensAt) return false;
  return Date.parse(open.nextOpensAt) < windowEnd(within, now).getTime();
}

/** One page of the hits that pass, with the total and page count of all that pass. */
export function pageOpenWithin<R extends { hits: SearchHit[] }>(
  all: R,
  within: OpenWithin,
  page: number,
  pageSize: number,
  now: Date = new Date(),
): R & { total: number; page: number; pageSize: number; totalPages: number } {
  const passing = all.hits.filter((hit) => isOpenWithin(hit.open, within, now));
  return {
    ...all,
    hits: passing.slice((page - 1) * pageSize, page * pageSize),
    total: passing.length,
    page,
    pageSize,
    totalPages: Math.max(1, Math.ceil(passing.length / pageSize)),
  };
}
