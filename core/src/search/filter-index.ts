// Per-slot data for the search filters that are not facets (docs/offline.md, Performance):
// bitsets for free, walk-in, wheelchair, the wijken and districts a service serves and the
// districts/wijken its locations lie in, so those filters are word-wide ANDs; and, for the filters
// that stay per service (openAt, near/radius), compact typed arrays that make the common "no"
// cheap before the exact check (isOpenAtMoment, the haversine) runs on what is left.
import { isOpenAtMoment } from '../opening-hours/open-at.js';
import type { CompiledHours, HolidayKind } from '../opening-hours/opening-hours.js';
import type { OpenAtMoment } from '../opening-hours/opening-moment.js';
import { distanceMetresCos, latitudeReach, type SearchRecord } from './search-record.js';
import { clearBit, orInto, SlotSet, slotsOf } from './slot-set.js';

/** The per-service filters of a query, and where refine() writes each kept slot's distance and shown location. */
export interface PerServiceFilters {
  moment: OpenAtMoment | null;
  near: { latitude: number; longitude: number } | null;
  radius: number | null;
  /** With `locatedIn`: whether a location counts (the nearest is chosen among those). */
  isInLocated: ((location: SearchRecord['locations'][number]) => boolean) | null;
  distance: Float64Array | null;
  locationIndex: Int32Array | null;
}

const TODAY = 1;
const YESTERDAY = 2;
/** Hours rules: plain hours with the policy bits `opensOnHolidays | followsPublicSectorCalendar << 1` (0…3), or exact. */
const EXACT = 4;

function hoursRuleOf(hours: CompiledHours): number {
  if (hours.closures.length > 0 || hours.periods.some((p) => p.validFrom || p.validTo)) return EXACT;
  return (hours.opensOnHolidays ? 1 : 0) | (hours.followsPublicSectorCalendar ? 2 : 0);
}

/** Per plain rule (0…3), whether hours without closures are active on the moment's date and on the day before (open-at.ts isActiveOn). */
interface OpenOnDays {
  today: boolean[];
  yesterday: boolean[];
}

function openOnDays(moment: OpenAtMoment): OpenOnDays {
  const isActive = (rule: number, holiday: HolidayKind | null) => {
    const opensOnHolidays = (rule & 1) !== 0;
    const follows = (rule & 2) !== 0;
    if (holiday === 'legal' && !opensOnHolidays) return false;
    return !(holiday === 'public-sector' && !opensOnHolidays && follows);
  };
  return {
    today: [0, 1, 2, 3].map((rule) => isActive(rule, moment.holiday)),
    yesterday: [0, 1, 2, 3].map((rule) => isActive(rule, moment.previousHoliday)),
  };
}

/** `array`, or a copy twice as long (at least `length`) when it is shorter than `length`. */
function ensure<T extends Int32Array | Uint32Array | Float64Array>(array: T, length: number): T {
  if (array.length >= length) return array;
  const grown = new (array.constructor as new (n: number) => T)(Math.max(length, 2 * array.length));
  grown.set(array);
  return grown;
}

export class FilterIndex {
  readonly free = new SlotSet();
  readonly walkIn = new SlotSet();
  readonly wheelchair = new SlotSet();
  private readonly servesCity = new SlotSet();
  private readonly servesWijk = new Map<string, SlotSet>();
  private readonly servesDistrict = new Map<string, SlotSet>();
  private readonly locatedDistrict = new Map<string, SlotSet>();
  private readonly locatedWijk = new Map<string, SlotSet>();
  /**
   * `day, opens, closes` of each weekly period (validity and closures left to the exact check), of
   * every slot in slot order, slot `s`'s from `periodStart[s]` to `periodStart[s + 1]`: one array
   * walked in order rather than an array per slot (a query with openAt looks at every slot's).
   */
  private periods = new Int32Array(1024);
  private periodStart = new Uint32Array(1025);
  /**
   * Per slot, how its hours are judged at a moment: PLAIN_* when no period has validity dates and
   * there are no closures (the weekly periods and the holiday policy then decide alone, see
   * openAtRule), else EXACT (isOpenAtMoment).
   */
  private readonly hoursRule: number[] = [];
  /** `latitude, longitude, cos(latitude in radians)` of each location, in `SearchRecord.locations` order, slot by slot as `periods`. */
  private locations = new Float64Array(1024);
  private locationStart = new Uint32Array(1025);
  /** Slots added so far: slots come in order, 0, 1, 2… (DeviceSearch never reuses one). */
  private count = 0;

  add(slot: number, item: SearchRecord): void {
    const put = (map: Map<string, SlotSet>, code: string) => {
      let set = map.get(code);
      if (!set) map.set(code, (set = new SlotSet(slot + 1)));
      set.add(slot);
    };
    if (item.record.isFree === true) this.free.add(slot);
    if (item.access.has('zonder-afspraak')) this.walkIn.add(slot);
    if (item.access.has('rolstoeltoegankelijk')) this.wheelchair.add(slot);
    if (item.servesCity) this.servesCity.add(slot);
    item.servesWijken.forEach((w) => put(this.servesWijk, w));
    item.servesDistricts.forEach((d) => put(this.servesDistrict, d));
    for (const l of item.locations) {
      if (l.districtId !== undefined) put(this.locatedDistrict, l.districtId);
      if (l.wijkId !== undefined) put(this.locatedWijk, l.wijkId);
    }
    if (slot !== this.count) throw new Error(`FilterIndex: slot ${slot} added after ${this.count - 1}`);
    this.count++;
    this.periodStart = ensure(this.periodStart, slot + 2);
    this.locationStart = ensure(this.locationStart, slot + 2);
    const { periods } = item.hours;
    let at = this.periodStart[slot];
    this.periods = ensure(this.periods, at + 3 * periods.length);
    for (const p of periods) {
      this.periods[at++] = p.day;
      this.periods[at++] = p.opens;
      this.periods[at++] = p.closes;
    }
    this.periodStart[slot + 1] = at;
    this.hoursRule[slot] = hoursRuleOf(item.hours);
    at = this.locationStart[slot];
    this.locations = ensure(this.locations, at + 3 * item.locations.length);
    for (const l of item.locations) {
      this.locations[at++] = l.latitude;
      this.locations[at++] = l.longitude;
      this.locations[at++] = Math.cos((l.latitude * Math.PI) / 180);
    }
    this.locationStart[slot + 1] = at;
  }

  /** `wijk` filter: serves the whole city, one of the wijken, or a district one of them lies in. */
  wijkMask(wijken: string[], districts: string[], words: number): Uint32Array {
    const mask = new Uint32Array(words);
    orInto(mask, this.servesCity);
    wijken.forEach((w) => orInto(mask, this.servesWijk.get(w)));
    districts.forEach((d) => orInto(mask, this.servesDistrict.get(d)));
    return mask;
  }

  /** Serves one of the wijken or districts specifically (not the whole city). */
  servesMask(wijken: string[], districts: string[], words: number): Uint32Array {
    const mask = new Uint32Array(words);
    wijken.forEach((w) => orInto(mask, this.servesWijk.get(w)));
    districts.forEach((d) => orInto(mask, this.servesDistrict.get(d)));
    return mask;
  }

  /** `locatedIn` filter: some location lies in one of the districts or wijken. */
  locatedMask(districts: Iterable<string>, wijken: Iterable<string>, words: number): Uint32Array {
    const mask = new Uint32Array(words);
    for (const d of districts) orInto(mask, this.locatedDistrict.get(d));
    for (const w of wijken) orInto(mask, this.locatedWijk.get(w));
    return mask;
  }

  /**
   * Which weekly periods of the slot can cover the moment, whatever their validity, closures and
   * holidays: TODAY (a period of that weekday) and/or YESTERDAY (one of the day before running past
   * midnight). 0: isOpenAtMoment would say false too.
   */
  coversAt(slot: number, moment: OpenAtMoment): number {
    const p = this.periods;
    const { weekday, previousWeekday, minute } = moment;
    let covers = 0;
    for (let i = this.periodStart[slot], end = this.periodStart[slot + 1]; i < end; i += 3) {
      if (p[i] === weekday && p[i + 1] <= minute && minute < p[i + 2]) covers |= TODAY;
      if (p[i] === previousWeekday && p[i + 2] > 1440 && minute < p[i + 2] - 1440) covers |= YESTERDAY;
    }
    return covers;
  }

  /** isOpenAtMoment(slot's hours, moment), deciding the plain ones from the periods and the holiday policy alone. */
  private isOpenAt(slot: number, slots: (SearchRecord | null)[], moment: OpenAtMoment, open: OpenOnDays): boolean {
    const covers = this.coversAt(slot, moment);
    if (covers === 0) return false;
    const rule = this.hoursRule[slot];
    if (rule === EXACT) return isOpenAtMoment(slots[slot]!.hours, moment);
    return ((covers & TODAY) !== 0 && open.today[rule]) || ((covers & YESTERDAY) !== 0 && open.yesterday[rule]);
  }

  /** Clears from `base` the slots failing openAt or near/radius, as postgres-search.engine.ts decides them. */
  refine(base: Uint32Array, slots: (SearchRecord | null)[], q: PerServiceFilters): void {
    const { moment, near, radius, isInLocated } = q;
    const reach = radius !== null ? latitudeReach(radius) : Infinity;
    const cosNear = near ? Math.cos((near.latitude * Math.PI) / 180) : 0;
    const open = moment ? openOnDays(moment) : null;
    const at = this.locations;
    for (const slot of slotsOf(base)) {
      if (moment && !this.isOpenAt(slot, slots, moment, open!)) {
        clearBit(base, slot);
        continue;
      }
      if (!near) continue;
      // Nearest location among those in `locatedIn` (all of them without it); one farther in
      // latitude alone than the radius cannot be within it, so it is not measured.
      const first = this.locationStart[slot];
      let best = Infinity;
      let bestIndex = -1;
      for (let j = first, end = this.locationStart[slot + 1]; j < end; j += 3) {
        const latitude = at[j];
        const i = (j - first) / 3;
        if (Math.abs(latitude - near.latitude) > reach || (isInLocated && !isInLocated(slots[slot]!.locations[i]))) continue;
        const d = distanceMetresCos(near.latitude, near.longitude, cosNear, latitude, at[j + 1], at[j + 2]);
        if (d < best) {
          best = d;
          bestIndex = i;
        }
      }
      if (radius !== null && (bestIndex < 0 || best > radius)) {
        clearBit(base, slot);
        continue;
      }
      if (bestIndex >= 0) q.distance![slot] = best;
      q.locationIndex![slot] = bestIndex;
    }
  }
}
