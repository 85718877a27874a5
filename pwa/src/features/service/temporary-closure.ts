// A service's temporary closure as the detail page words it: closed now (today lies between the
// dates, Brussels time), closed from a date ahead, or nothing to say once it is over.
import { TIME_ZONE } from '../../lib/format';

export interface TemporaryClosure {
  from: string;
  to: string;
  message: string;
}

/** `YYYY-MM-DD` of the moment in Brussels. */
export function brusselsDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function closureState(closure: TemporaryClosure | undefined, now: Date = new Date()): 'now' | 'ahead' | null {
  if (!closure) return null;
  const today = brusselsDate(now);
  if (closure.to < today) return null;
  return closure.from <= today ? 'now' : 'ahead';
}
