// On-device search over the offline snapshot: the same filters, facets, sort orders and hit shape
// as GET /api/v1/search (docs/search.md), so a search offline answers as the API would. Runs in
// the search worker in the app and in-process under Jest. Filters and facets work on slot
// bitsets (facet-index.ts, slot-set.ts); only the filters that need a record's data (place,
// hours, distance) look at services one by one.
import { holidayCalendar, type HolidayCalendar } from '../../../../api/src/modules/opening-hours/opening-hours.js';
import type { SearchResponse } from '../../lib/api-types.js';
import type { SearchFilters } from '../search';
import { FacetIndex } from './facet-index.js';
import { isOpenAtMoment, parseOpenAt, toMoment } from './open-at.js';
import { toHit } from './search-hit.js';
import { distanceMetres, type SearchRecord, type TermIndex, termIndex, toSearchRecord } from './search-record.js';
import { andInto, countBits, hasBit, maskOf, setBit, SlotSet, slotsOf, wordCount } from './slot-set.js';
import type { ReferenceData, SnapshotHoliday, SnapshotService } from './snapshot-types.js';
import { type StoredTextIndex, TextIndex } from './text-index.js';
import { topK } from './top-k.js';

export type DeviceSearchResponse = Omit<SearchResponse, 'engine'> & { engine: 'device' };

export interface DeviceSearchOptions {
  pageSize: number;
  now?: Date;
}

/** Slots are never reused: a changed record gets a new slot and the old one goes dead until a rebuild. */
export class DeviceSearch {
  private slots: (SearchRecord | null)[] = [];
  private readonly slotById = new Map<string, number>();
  private live = new SlotSet();
  private text = new TextIndex();
  private facetIndex: FacetIndex;
  private readonly terms: TermIndex;
  private holidays: HolidayCalendar;
  private readonly wijkDistricts: Map<string, string>;
  private readonly placeNames: Map<string, string>;
  private readonly districtIds: string[];
  private orders: { name?: Int32Array; nameRank?: Int32Array; updated?: Int32Array } = {};

  constructor(reference: ReferenceData, holidays: SnapshotHoliday[]) {
    this.terms = termIndex(reference);
    this.holidays = holidayCalendar(holidays);
    this.wijkDistricts = new Map(reference.wijken.map((w) => [w.id, w.districtId]));
    this.placeNames = new Map([...reference.districts, ...reference.wijken].map((p) => [p.id, p.name]));
    this.districtIds = reference.districts.map((d) => d.id);
    this.facetIndex = new FacetIndex(this.districtIds);
  }

  get size(): number {
    return this.slotById.size;
  }

  /** The A/B/C texts the index holds for a record (tests compare them with PostgreSQL's vector). */
  textOf(record: SnapshotService): SearchRecord['text'] {
    return toSearchRecord(record, this.terms).text;
  }

  setHolidays(holidays: SnapshotHoliday[]): void {
    this.holidays = holidayCalendar(holidays);
  }

  /**
   * Adds or replaces records. With `stored` (an earlier `storeText()`), a record whose texts are
   * unchanged takes its analysed vector from there instead of being analysed again. Returns how
   * many records had to be analysed.
   */
  upsert(records: SnapshotService[], stored?: StoredTextIndex): number {
    const reuse = stored ? TextIndex.reader(stored) : null;
    let analysed = 0;
    for (const record of records) {
      this.kill(record.id);
      if (!this.place(toSearchRecord(record, this.terms), reuse)) analysed++;
    }
    this.orders = {};
    this.compactIfWasteful();
    return analysed;
  }

  remove(ids: string[]): void {
    ids.forEach((id) => this.kill(id));
    this.orders = {};
    this.compactIfWasteful();
  }

  /** The analysed texts of every live record, to keep (IndexedDB) for the next start. */
  storeText(): StoredTextIndex {
    return this.text.store(this.slots.map((item) => (item ? item.record.id : null)));
  }

  /** True when the texts came from the stored index. */
  private place(item: SearchRecord, reuse: ReturnType<typeof TextIndex.reader> | null): boolean {
    const slot = this.slots.length;
    this.slots.push(item);
    this.slotById.set(item.record.id, slot);
    this.live.add(slot);
    this.facetIndex.add(slot, item);
    if (reuse?.(this.text, slot, item.record.id, item.text)) return true;
    this.text.add(slot, item.text);
    return false;
  }

  private kill(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.slots[slot] = null;
    this.slotById.delete(id);
    this.live.delete(slot);
    this.text.drop(slot);
  }

  /** Dead slots keep their postings; rebuild once they outnumber the live ones (reusing the analysed texts). */
  private compactIfWasteful(): void {
    if (this.slots.length < 1000 || this.slots.length < 2 * this.slotById.size) return;
    const stored = this.storeText();
    const live = this.slots.filter((s): s is SearchRecord => s !== null);
    this.slots = [];
    this.slotById.clear();
    this.live = new SlotSet();
    this.text = new TextIndex();
    this.facetIndex = new FacetIndex(this.districtIds);
    const reuse = TextIndex.reader(stored);
    live.forEach((item) => this.place(item, reuse));
  }

  search(filters: SearchFilters, options: DeviceSearchOptions): DeviceSearchResponse {
    const now = options.now ?? new Date();
    const pageSize = Math.min(Math.max(1, options.pageSize), 100);
    const page = Math.max(1, filters.page);
    const near = parseNear(filters.near);
    const radius = near && filters.radius ? filters.radius : null;
    const openAt = filters.openAt ? parseOpenAt(filters.openAt) : filters.openNow ? now : null;
    const moment = openAt ? toMoment(openAt, this.holidays) : null;
    const hasText = filters.q.trim().length > 0;
    const sort = filters.sort && (filters.sort !== 'distance' || near) ? filters.sort : hasText ? 'relevance' : near ? 'distance' : 'name';

    const n = this.slots.length;
    const words = wordCount(n);
    const textMatch = this.text.match(filters.q, (slot) => this.slots[slot] !== null);
    const rank = new Float64Array(textMatch ? n : 0);
    textMatch?.ranks.forEach((r, slot) => (rank[slot] = r));
    const distance = near ? new Float64Array(n).fill(NaN) : null;
    const hasLocatedIn = filters.locatedIn.length > 0;
    const locationIndex = near || hasLocatedIn ? new Int32Array(n).fill(-1) : null;

    const located = { districts: new Set<string>(), wijken: new Set<string>() };
    for (const id of filters.locatedIn) (this.wijkDistricts.has(id) ? located.wijken : located.districts).add(id);
    const wijkDistricts = filters.wijk.map((w) => this.wijkDistricts.get(w)).filter((d): d is string => d !== undefined);
    const isInLocated = (l: SearchRecord['locations'][number]) =>
      (l.districtId !== undefined && located.districts.has(l.districtId)) || (l.wijkId !== undefined && located.wijken.has(l.wijkId));

    /** The filters that are not facets, as postgres-search.engine.ts applies them. */
    const passes = (slot: number, item: SearchRecord): boolean => {
      if (
        filters.wijk.length > 0 &&
        !(item.servesCity || filters.wijk.some((w) => item.servesWijken.has(w)) || wijkDistricts.some((d) => item.servesDistricts.has(d)))
      )
        return false;
      if (filters.free && item.record.isFree !== true) return false;
      if (filters.walkIn && !item.access.has('zonder-afspraak')) return false;
      if (filters.wheelchair && !item.access.has('rolstoeltoegankelijk')) return false;
      let first = -1;
      if (hasLocatedIn) {
        first = item.locations.findIndex(isInLocated);
        if (first < 0) return false;
      }
      if (moment && !isOpenAtMoment(item.hours, moment)) return false;
      if (near) {
        // Nearest location among those in `locatedIn` (all of them without it).
        let best: number | null = null;
        let bestIndex = -1;
        item.locations.forEach((l, i) => {
          if (hasLocatedIn && !isInLocated(l)) return;
          const d = distanceMetres(near.latitude, near.longitude, l.latitude, l.longitude);
          if (best === null || d < best) [best, bestIndex] = [d, i];
        });
        if (radius !== null && (best === null || best > radius)) return false;
        if (best !== null) distance![slot] = best;
        first = bestIndex;
      }
      if (locationIndex) locationIndex[slot] = first;
      return true;
    };

    const needsRecords = filters.wijk.length > 0 || hasLocatedIn || filters.free || filters.walkIn || filters.wheelchair || moment || near;
    let base: Uint32Array;
    if (textMatch) {
      base = new Uint32Array(words);
      for (const slot of textMatch.ranks.keys()) if (!needsRecords || passes(slot, this.slots[slot]!)) setBit(base, slot);
    } else if (needsRecords) {
      base = new Uint32Array(words);
      for (let slot = 0; slot < n; slot++) {
        const item = this.slots[slot];
        if (item && passes(slot, item)) setBit(base, slot);
      }
    } else base = maskOf(this.live, words);

    const masks = {
      lifeDomain: this.facetIndex.filterMask('lifeDomain', filters.lifeDomain, words),
      targetGroup: this.facetIndex.filterMask('targetGroup', filters.targetGroup, words),
      language: this.facetIndex.filterMask('language', filters.language, words),
      district: this.facetIndex.filterMask('district', filters.district, words),
    };
    const results = andInto(base.slice(), masks.lifeDomain, masks.targetGroup, masks.language, masks.district);
    const total = countBits(results);
    const offset = (page - 1) * pageSize;
    const nameRank = this.nameRank();
    const distanceOf = (slot: number) => (distance && !Number.isNaN(distance[slot]) ? distance[slot] : null);
    let pageSlots: number[];
    if (sort === 'name' || sort === 'updated') {
      pageSlots = pageInOrder(sort === 'name' ? this.nameOrder() : this.updatedOrder(), results, offset, pageSize);
    } else {
      const byRank = (a: number, b: number) => rank[b] - rank[a] || nameRank[a] - nameRank[b];
      const compare =
        sort === 'relevance'
          ? rank.length > 0
            ? byRank
            : (a: number, b: number) => nameRank[a] - nameRank[b]
          : (a: number, b: number) =>
              byDistance(distanceOf(a), distanceOf(b)) || (rank.length > 0 ? byRank(a, b) : nameRank[a] - nameRank[b]);
      pageSlots = topK(slotsOf(results), offset + pageSize, compare).slice(offset);
    }
    const statusAt = openAt ?? now;
    return {
      hits: pageSlots.map((slot) => {
        const item = this.slots[slot]!;
        const shown = locationIndex ? locationIndex[slot] : item.locations.length > 0 ? 0 : -1;
        return toHit(item, shown, distanceOf(slot), statusAt, this.holidays, this.placeNames);
      }),
      total,
      page,
      pageSize,
      totalPages: Math.ceil(total / pageSize),
      facets: this.facetIndex.counts(base, masks),
      engine: 'device',
      isFallback: false,
    };
  }

  /** Live slots by `lower(unaccent(name))` in C.UTF-8 code-point order, then id: the API's name sort. */
  private nameOrder(): Int32Array {
    this.orders.name ??= this.liveSlotsSorted((a, b) => byString(a.nameKey, b.nameKey) || byString(a.record.id, b.record.id));
    return this.orders.name;
  }

  /** Position of each slot in the name order: name tie-breaks become integer comparisons. */
  private nameRank(): Int32Array {
    if (!this.orders.nameRank) {
      const order = this.nameOrder();
      const ranks = new Int32Array(this.slots.length);
      order.forEach((slot, i) => (ranks[slot] = i));
      this.orders.nameRank = ranks;
    }
    return this.orders.nameRank;
  }

  /** `updated_at DESC, id`. */
  private updatedOrder(): Int32Array {
    this.orders.updated ??= this.liveSlotsSorted((a, b) => b.updatedAt - a.updatedAt || byString(a.record.id, b.record.id));
    return this.orders.updated;
  }

  private liveSlotsSorted(compare: (a: SearchRecord, b: SearchRecord) => number): Int32Array {
    const slots = [...this.slots.keys()].filter((slot) => this.slots[slot] !== null);
    return Int32Array.from(slots.sort((a, b) => compare(this.slots[a]!, this.slots[b]!)));
  }
}

/** The `offset`…`offset + size` slots of `results` in a precomputed order, walking it only as far as needed. */
function pageInOrder(order: Int32Array, results: Uint32Array, offset: number, size: number): number[] {
  const page: number[] = [];
  let seen = 0;
  for (let i = 0; i < order.length && page.length < size; i++) {
    if (!hasBit(results, order[i])) continue;
    if (seen++ >= offset) page.push(order[i]);
  }
  return page;
}

function parseNear(near: string | null): { latitude: number; longitude: number } | null {
  if (!near) return null;
  const [latitude, longitude] = near.split(',').map(Number);
  return Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude } : null;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** `distance ASC NULLS LAST`. */
const byDistance = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
