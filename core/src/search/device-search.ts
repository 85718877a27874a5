// On-device search over the offline snapshot: the same filters, facets, sort orders and hit shape
// as GET /api/v1/search (docs/search.md), so a search offline answers as the API would. Runs in
// the search worker in the app and in-process under Jest. Filters and facets work on slot
// bitsets (facet-index.ts, slot-set.ts); only the filters that need a record's data (place,
// hours, distance) look at services one by one.
import { holidayCalendar, type HolidayCalendar } from '../opening-hours/opening-hours.js';
import type { HelpFilter, SearchHelp, SearchResponse } from './search-types.js';
import { queryWords } from '../text/query-text.js';
import { unaccent } from '../text/text-analysis.js';
import type { SearchFilters } from './search-filters.js';
import { FacetIndex } from './facet-index.js';
import { parseOpenAt } from '../opening-hours/open-at.js';
import { toMoment } from '../opening-hours/opening-moment.js';
import { toHit } from './search-hit.js';
import { type SearchRecord, type TermIndex, termIndex, toSearchRecord } from './search-record.js';
import { byDistance, byString, pageInOrder, parseNear } from './search-order.js';
import { andInto, countBits, hasBit, maskOf, setBit, SlotSet, slotsOf, wordCount } from './slot-set.js';
import { FilterIndex } from './filter-index.js';
import type { ReferenceData, SnapshotHoliday, SnapshotService } from './search-types.js';
import { type StoredTextIndex, TextIndex } from './text-index.js';
import { rewriteForEngine } from './text-query.js';
import { topK, topKBounded } from './top-k.js';

export type DeviceSearchResponse = Omit<SearchResponse, 'engine'> & { engine: 'device' };

export interface DeviceSearchOptions {
  pageSize: number;
  /** Skip working out help for a search without results (the help's own searches do). */
  withoutHelp?: boolean;
  now?: Date;
  /** Language of the hits' name and short description (the Dutch original where a listing has no translation). */
  language?: string;
}

/** Slots are never reused: a changed record gets a new slot and the old one goes dead until a rebuild. */
export class DeviceSearch {
  private slots: (SearchRecord | null)[] = [];
  private readonly slotById = new Map<string, number>();
  private live = new SlotSet();
  private text = new TextIndex();
  private facetIndex: FacetIndex;
  private filterIndex = new FilterIndex();
  private readonly terms: TermIndex;
  private holidays: HolidayCalendar;
  private readonly wijkDistricts: Map<string, string>;
  private readonly placeNames: Map<string, string>;
  private readonly districtIds: string[];
  private readonly textPending: { slots: number[]; reuse: ReturnType<typeof TextIndex.reader> | null } = { slots: [], reuse: null };
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

  get isTextPending(): boolean {
    return this.textPending.slots.length > 0;
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
    this.placeTexts(); // Slots keep their order: pending texts first.
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
    this.placeTexts();
    ids.forEach((id) => this.kill(id));
    this.orders = {};
    this.compactIfWasteful();
  }

  /**
   * A start in two steps: records (filters, facets, sort orders) now, so queries without text can
   * be answered; their texts with `placeTexts` afterwards. A query with text must wait for that.
   */
  upsertDeferringText(records: SnapshotService[]): void {
    for (const record of records) {
      this.kill(record.id);
      this.textPending.slots.push(this.slots.length);
      this.place(toSearchRecord(record, this.terms), null, true);
    }
    this.orders = {};
  }

  /**
   * Places up to `limit` pending texts (in slot order, as upsert would), reusing `stored` (given
   * with the first call) as upsert does; returns how many had to be analysed.
   */
  placeTexts(limit = Infinity, stored?: StoredTextIndex): number {
    if (stored && this.textPending.slots.length > 0) this.textPending.reuse ??= TextIndex.reader(stored);
    const { slots, reuse } = this.textPending;
    let analysed = 0;
    for (const slot of slots.splice(0, limit)) {
      const item = this.slots[slot];
      if (!item || reuse?.(this.text, slot, item.record.id, item.text)) continue;
      this.text.add(slot, item.text);
      analysed++;
    }
    if (slots.length === 0) this.textPending.reuse = null;
    return analysed;
  }

  /** The analysed texts of every live record, to keep (IndexedDB) for the next start. */
  storeText(): StoredTextIndex {
    this.placeTexts();
    return this.text.store(this.slots.map((item) => (item ? item.record.id : null)));
  }

  /** True when the texts came from the stored index. */
  private place(item: SearchRecord, reuse: ReturnType<typeof TextIndex.reader> | null, deferText = false): boolean {
    const slot = this.slots.length;
    this.slots.push(item);
    this.slotById.set(item.record.id, slot);
    this.live.add(slot);
    this.facetIndex.add(slot, item);
    this.filterIndex.add(slot, item);
    if (deferText || reuse?.(this.text, slot, item.record.id, item.text)) return true;
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
    this.filterIndex = new FilterIndex();
    const reuse = TextIndex.reader(stored);
    live.forEach((item) => this.place(item, reuse));
  }

  /** The query text in words another engine matches as this one does (text-query.ts, rewriteForEngine). */
  rewriteForEngine(text: string): string {
    return rewriteForEngine(this.text, text);
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
    if (hasText && this.textPending.slots.length > 0) throw new Error('The text index is still loading: wait for placeTexts().');
    // Without text, relevance is local first (localTiers); near a point the default is distance.
    const sort = filters.sort && (filters.sort !== 'distance' || near) ? filters.sort : near && !hasText ? 'distance' : 'relevance';

    const n = this.slots.length;
    const words = wordCount(n);
    const textMatch = this.text.match(filters.q, (slot) => this.slots[slot] !== null);
    const distance = near ? new Float64Array(n).fill(NaN) : null;
    const hasLocatedIn = filters.locatedIn.length > 0;
    const locationIndex = near ? new Int32Array(n).fill(-1) : null;

    const located = { districts: new Set<string>(), wijken: new Set<string>() };
    for (const id of filters.locatedIn) (this.wijkDistricts.has(id) ? located.wijken : located.districts).add(id);
    const wijkDistricts = filters.wijk.map((w) => this.wijkDistricts.get(w)).filter((d): d is string => d !== undefined);
    const isInLocated = (l: SearchRecord['locations'][number]) =>
      (l.districtId !== undefined && located.districts.has(l.districtId)) || (l.wijkId !== undefined && located.wijken.has(l.wijkId));

    // The filters that are not facets, as postgres-search.engine.ts applies them: bitsets first,
    // then openAt and distance only for the services still in.
    let base: Uint32Array;
    if (textMatch) {
      base = new Uint32Array(words);
      for (const slot of textMatch.slots) setBit(base, slot);
    } else base = maskOf(this.live, words);
    const f = this.filterIndex;
    andInto(
      base,
      filters.free ? maskOf(f.free, words) : null,
      filters.walkIn ? maskOf(f.walkIn, words) : null,
      filters.wheelchair ? maskOf(f.wheelchair, words) : null,
      filters.wijk.length > 0 ? f.wijkMask(filters.wijk, wijkDistricts, words) : null,
      hasLocatedIn ? f.locatedMask(located.districts, located.wijken, words) : null,
    );
    if (moment || near)
      f.refine(base, this.slots, { moment, near, radius, isInLocated: hasLocatedIn ? isInLocated : null, distance, locationIndex });

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
      const byName = (a: number, b: number) => nameRank[a] - nameRank[b];
      const tier = textMatch ? null : this.localTiers(filters.wijk, [...filters.district, ...wijkDistricts], results, words);
      const byRank = textMatch
        ? (a: number, b: number) => textMatch.rankOf(b) - textMatch.rankOf(a) || byName(a, b)
        : tier
          ? (a: number, b: number) => tier[a] - tier[b] || byName(a, b)
          : byName;
      const compare = sort === 'relevance' ? byRank : (a: number, b: number) => byDistance(distanceOf(a), distanceOf(b)) || byRank(a, b);
      // Relevance ranks only the matches whose bound can reach the page (top-k.ts).
      pageSlots = (
        sort === 'relevance' && textMatch
          ? topKBounded(slotsOf(results), offset + pageSize, textMatch.upper, textMatch.rankOf, byName)
          : topK(slotsOf(results), offset + pageSize, compare)
      ).slice(offset);
    }
    const statusAt = openAt ?? now;
    return {
      hits: pageSlots.map((slot) => {
        const item = this.slots[slot]!;
        const shown = locationIndex
          ? locationIndex[slot]
          : hasLocatedIn
            ? item.locations.findIndex(isInLocated)
            : item.locations.length > 0
              ? 0
              : -1;
        return toHit(item, shown, distanceOf(slot), statusAt, this.holidays, this.placeNames, options.language);
      }),
      total,
      page,
      pageSize,
      totalPages: Math.ceil(total / pageSize),
      facets: this.facetIndex.counts(base, masks),
      engine: 'device',
      isFallback: false,
      help: total === 0 && !options.withoutHelp ? this.help(filters, options) : null,
    };
  }

  /** For a search without results: which active filter, removed alone, gives results, and the query spelled as the index knows it. */
  private help(filters: SearchFilters, options: DeviceSearchOptions): SearchHelp {
    const totalOf = (changed: Partial<SearchFilters>) =>
      this.search({ ...filters, ...changed, page: 1 }, { ...options, pageSize: 1, withoutHelp: true }).total;
    const removals: [HelpFilter, Partial<SearchFilters>][] = [];
    const lists = ['lifeDomain', 'targetGroup', 'language', 'district', 'wijk', 'locatedIn'] as const;
    for (const key of lists) if (filters[key].length > 0) removals.push([key, { [key]: [] }]);
    if (filters.near && filters.radius) removals.push(['radius', { radius: null }]);
    if (filters.openAt) removals.push(['openAt', { openAt: null }]);
    if (filters.openNow) removals.push(['openNow', { openNow: false }]);
    for (const key of ['free', 'walkIn', 'wheelchair'] as const) if (filters[key]) removals.push([key, { [key]: false }]);
    const hasText = filters.q.trim().length > 0;
    if (hasText && removals.length > 0) removals.push(['q', { q: '' }]);
    const withoutFilter = removals
      .map(([filter, changed]) => ({ filter, total: totalOf(changed) }))
      .filter((f) => f.total > 0)
      .sort((a, b) => b.total - a.total);
    let didYouMean: string | null = null;
    if (hasText && !this.isTextPending) {
      const words = queryWords(filters.q).map((w) => unaccent(w));
      const spelled = words.map((w) => this.text.closestSpelling(w) ?? w);
      const suggestion = spelled.join(' ');
      if (suggestion !== words.join(' ') && totalOf({ q: suggestion }) > 0) didYouMean = suggestion;
    }
    return { withoutFilter, didYouMean };
  }

  /**
   * Local first, for searches without text (issue #12): per slot of `results`, 0 when a location
   * lies in one of the client's wijken, 1 in their district, 2 when it serves that wijk or
   * district specifically, 3 otherwise (city-wide). Null when the search names no place.
   */
  private localTiers(wijken: string[], districts: string[], results: Uint32Array, words: number): Uint8Array | null {
    if (wijken.length === 0 && districts.length === 0) return null;
    const f = this.filterIndex;
    const masks = [f.locatedMask([], wijken, words), f.locatedMask(districts, [], words), f.servesMask(wijken, districts, words)];
    const tier = new Uint8Array(this.slots.length);
    for (const slot of slotsOf(results)) {
      let t = 0;
      while (t < masks.length && !hasBit(masks[t], slot)) t++;
      tier[slot] = t;
    }
    return tier;
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
