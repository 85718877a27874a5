// A matched service as the API's search shapes a hit (search.service.ts): short description,
// own life domains, the location to show with its district, wijk and distance, and the opening
// status at the moment asked (the API's openingStatus(), imported, not copied).
import { shorten } from '../text/shorten.js';
import { type HolidayCalendar, openingStatus } from '../opening-hours/opening-hours.js';
import type { SearchHit } from './search-types.js';
import type { SearchRecord } from './search-record.js';

export interface HitTexts {
  name: string;
  shortDescription: string;
}

/**
 * A hit's name and short description in the requested language where the listing has them
 * (each on its own), else the Dutch original: result lists are translated like the detail page.
 */
export function inLanguage(dutch: HitTexts, translated: Partial<HitTexts> | undefined): HitTexts {
  return {
    name: translated?.name?.trim() ? translated.name : dutch.name,
    shortDescription: translated?.shortDescription?.trim() ? translated.shortDescription : dutch.shortDescription,
  };
}

export function toHit(
  item: SearchRecord,
  locationIndex: number,
  distance: number | null,
  at: Date,
  holidays: HolidayCalendar,
  placeNames: Map<string, string>,
  language?: string,
): SearchHit {
  const { record, hours } = item;
  const translated = language ? record.translations?.[language] : undefined;
  const texts = inLanguage(
    { name: record.name, shortDescription: shorten(record.description ?? '') },
    translated && { name: translated.name, shortDescription: translated.description && shorten(translated.description) },
  );
  const status = openingStatus(hours, at, holidays);
  const location = locationIndex >= 0 ? item.locations[locationIndex] : null;
  const place = (id: string | undefined) => (id ? { id, name: placeNames.get(id) ?? id } : null);
  return {
    id: record.id,
    name: texts.name,
    organization: { id: record.organization.id, name: record.organization.name },
    isDemo: record.isDemo,
    shortDescription: texts.shortDescription,
    lifeDomains: [...new Set(record.lifeDomains ?? [])].sort(),
    languages: item.languages,
    location: location && {
      id: location.id,
      name: location.name ?? null,
      address: location.address ?? null,
      latitude: location.latitude,
      longitude: location.longitude,
      district: place(location.districtId),
      wijk: place(location.wijkId),
      distance: distance === null ? null : Math.round(distance),
    },
    open: {
      isOpen: status.isOpen,
      closesAt: status.closesAt?.toISOString() ?? null,
      nextOpensAt: status.nextOpensAt?.toISOString() ?? null,
      hasHours: hours.periods.length > 0,
    },
    lastVerifiedAt: record.lastVerifiedAt ?? null,
  };
}
