// A listing's open status now, for the top of the detail page: the API's opening-hours module
// over the listing's own schedules (so it works offline from the device's copy too).
import { compileOpeningHours, holidayCalendar, openingStatus, type HolidayKind, type ScheduleRule } from '@sociale-kaart/core';
import type { OpenStatus } from '../../lib/api-types';

interface HoursInput {
  schedules: ScheduleRule[];
  opensOnHolidays: boolean;
  followsPublicSectorCalendar: boolean;
}

export function openStatusNow(service: HoursInput, holidays: { date: string; kind: HolidayKind }[], now: Date = new Date()): OpenStatus {
  const hours = compileOpeningHours(service.schedules ?? [], {
    opensOnHolidays: service.opensOnHolidays,
    followsPublicSectorCalendar: service.followsPublicSectorCalendar,
  });
  const status = openingStatus(hours, now, holidayCalendar(holidays));
  return {
    isOpen: status.isOpen,
    closesAt: status.closesAt?.toISOString() ?? null,
    nextOpensAt: status.nextOpensAt?.toISOString() ?? null,
    hasHours: hours.periods.length > 0,
  };
}
