import { describe, expect, it } from '@jest/globals';
import { weekHours } from './week-hours';

const weekdays = { schedules: [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opensAt: '09:00:00', closesAt: '12:30:00' }] };
const policy = { opensOnHolidays: false, followsPublicSectorCalendar: false };
const time = (d: Date) => new Intl.DateTimeFormat('nl', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' }).format(d);

describe('weekHours', () => {
  it('gives Monday to Sunday of the current Brussels week, today marked', () => {
    // Wednesday 2 December 2026, 23:30 in Brussels (22:30 UTC).
    const { days, hasHours } = weekHours({ ...weekdays, ...policy }, [], 'nl', new Date('2026-12-02T22:30:00Z'));
    expect(hasHours).toBe(true);
    expect(days.map((d) => d.date)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(days.filter((d) => d.isToday).map((d) => d.date)).toEqual(['2026-12-02']);
    expect(days[0].periods.map((p) => `${time(p.opens)}-${time(p.closes)}`)).toEqual(['09:00-12:30']);
    expect(days[5].periods).toEqual([]);
  });

  it('closes on a legal holiday unless the service opens on holidays, and names the holiday', () => {
    const christmas = [{ date: '2026-12-25', kind: 'legal' as const, name: { nl: 'Kerstmis', en: 'Christmas' } }];
    const at = new Date('2026-12-23T10:00:00Z');
    const closed = weekHours({ ...weekdays, ...policy }, christmas, 'en', at).days[4];
    expect(closed.date).toBe('2026-12-25');
    expect(closed.periods).toEqual([]);
    expect(closed.holiday).toEqual({ kind: 'legal', name: 'Christmas' });
    const open = weekHours({ ...weekdays, ...policy, opensOnHolidays: true }, christmas, 'nl', at).days[4];
    expect(open.periods).toHaveLength(1);
    expect(open.holiday?.name).toBe('Kerstmis');
  });

  it('shows overnight hours as one range on the day they start, and around-the-clock hours as whole days', () => {
    const night = { schedules: [{ freq: 'WEEKLY', byday: 'FR', opensAt: '22:00:00', closesAt: '06:00:00' }], ...policy };
    const days = weekHours(night, [], 'nl', new Date('2026-12-02T10:00:00Z')).days;
    expect(days[4].periods.map((p) => [`${time(p.opens)}-${time(p.closes)}`, p.isToMidnight])).toEqual([['22:00-06:00', false]]);
    expect(days[5].periods).toEqual([]);
    // From Saturday on (a referral card), the first day shown carries the end of Friday's night.
    const fromSaturday = weekHours(night, [], 'nl', new Date('2026-12-05T10:00:00Z'), { fromToday: true }).days;
    expect(fromSaturday.map((d) => d.date)[0]).toBe('2026-12-05');
    expect(fromSaturday[0].periods.map((p) => `${time(p.opens)}-${time(p.closes)}`)).toEqual(['00:00-06:00']);
    expect(fromSaturday[6].periods.map((p) => `${time(p.opens)}-${time(p.closes)}`)).toEqual(['22:00-06:00']);
    const always = { schedules: [{ freq: 'WEEKLY', opensAt: '00:00:00', closesAt: '23:59:59' }], ...policy };
    const allWeek = weekHours(always, [], 'nl', new Date('2026-12-02T10:00:00Z')).days;
    expect(allWeek.every((d) => d.periods.length === 1 && d.periods[0].isToMidnight && time(d.periods[0].opens) === '00:00')).toBe(true);
  });
});
