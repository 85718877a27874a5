// Per-slot data for the search filters that are not facets (docs/offline.md, Performance):
// bitsets for free, walk-in, wheelchair, the wijken and districts a service serves and the
// districts/wijken its locations lie in, so those filters are word-wide ANDs; and, for the filters
// that stay per service (openAt, near/radius), compact typed arrays that make the common "no"
// cheap before the exact check (isOpenAtMoment, the haversine) runs on what is left.
import { isOpenAtMoment } from '../opening-hours/open-at.js';
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

const EMPTY = new Int32Array(0);
const NO_LOCATIONS = new Float64Array(0);

export class FilterIndex {
  readonly free = new SlotSet();
  readonly walkIn = new SlotSet();
  readonly wheelchair = new SlotSet();
  private readonly servesCity = new SlotSet();
  private readonly servesWijk = new Map<string, SlotSet>();
  private readonly servesDistrict = new Map<string, SlotSet>();
  private readonly locatedDistrict = new Map<string, SlotSet>();
  private readonly locatedWijk = new Map<string, SlotSet>();
  /** Per slot, `day, opens, closes` of each weekly period (validity and closures left to the exact check). */
  private readonly periods: Int32Array[] = [];
  /** Per slot, `latitude, longitude, cos(latitude in radians)` of each location, in `SearchRecord.locations` order. */
  readonly locations: Float64Array[] = [];

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
    const { periods } = item.hours;
    this.periods[slot] = periods.length === 0 ? EMPTY : Int32Array.from(periods.flatMap((p) => [p.day, p.opens, p.closes]));
    this.locations[slot] =
      item.locations.length === 0
        ? NO_LOCATIONS
        : Float64Array.from(item.locations.flatMap((l) => [l.latitude, l.longitude, Math.cos((l.latitude * Math.PI) / 180)]));
  }

  /** `wijk` filter: serves the whole city, one of the wijken, or a district one of them lies in. */
  wijkMask(wijken: string[], districts: string[], words: number): Uint32Array {
    const mask = new Uint32Array(words);
    orInto(mask, this.servesCity);
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
   * False when no weekly period of the slot can cover the moment (today's, or yesterday's past
   * midnight), whatever its validity, closures and holidays: isOpenAtMoment would say false too.
   */
  mayBeOpenAt(slot: number, moment: OpenAtMoment): boolean {
    const p = this.periods[slot];
    const { weekday, previousWeekday, minute } = moment;
    for (let i = 0; i < p.length; i += 3) {
      if (p[i] === weekday && p[i + 1] <= minute && minute < p[i + 2]) return true;
      if (p[i] === previousWeekday && p[i + 2] > 1440 && minute < p[i + 2] - 1440) return true;
    }
    return false;
  }

  /** Clears from `base` the slots failing openAt or near/radius, as postgres-search.engine.ts decides them. */
  refine(base: Uint32Array, slots: (SearchRecord | null)[], q: PerServiceFilters): void {
    const { moment, near, radius, isInLocated } = q;
    const reach = radius !== null ? latitudeReach(radius) : Infinity;
    const cosNear = near ? Math.cos((near.latitude * Math.PI) / 180) : 0;
    for (const slot of slotsOf(base)) {
      const item = slots[slot]!;
      if (moment && !(this.mayBeOpenAt(slot, moment) && isOpenAtMoment(item.hours, moment))) {
        clearBit(base, slot);
        continue;
      }
      if (!near) continue;
      // Nearest location among those in `locatedIn` (all of them without it); one farther in
      // latitude alone than the radius cannot be within it, so it is not measured.
      const at = this.locations[slot];
      let best = Infinity;
      let bestIndex = -1;
      for (let i = 0; i < item.locations.length; i++) {
        const latitude = at[3 * i];
        if (Math.abs(latitude - near.latitude) > reach || (isInLocated && !isInLocated(item.locations[i]))) continue;
        const d = distanceMetresCos(near.latitude, near.longitude, cosNear, latitude, at[3 * i + 1], at[3 * i + 2]);
        if (d < best) [best, bestIndex] = [d, i];
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
