// On-device search over the offline snapshot: the same filters, facets, sort orders and hit shape
// as GET /api/v1/search (docs/search.md), so a search offline answers as the API would. Runs in
// the search worker in the app and in-process under Jest.
import { shorten } from '../../../../api/src/common/text/shorten.js';
import { holidayCalendar, type HolidayCalendar, openingStatus } from '../../../../api/src/modules/opening-hours/opening-hours.js';
import type { SearchFacets, SearchHit, SearchResponse } from '../../lib/api-types.js';
import type { SearchFilters } from '../search';
import { isOpenAtMoment, parseOpenAt, toMoment } from './open-at.js';
import { distanceMetres, type SearchRecord, type TermIndex, termIndex, toSearchRecord } from './search-record.js';
import type { ReferenceData, SnapshotHoliday, SnapshotService } from './snapshot-types.js';
import { TextIndex } from './text-index.js';
import { topK } from './top-k.js';

export type DeviceSearchResponse = Omit<SearchResponse, 'engine'> & { engine: 'device' };

export interface DeviceSearchOptions {
  pageSize: number;
  now?: Date;
}

interface Candidate {
  slot: number;
  item: SearchRecord;
  rank: number;
  distance: number | null;
  locationIndex: number;
  fLifeDomain: boolean;
  fTargetGroup: boolean;
  fLanguage: boolean;
  fDistrict: boolean;
}

/** Slots are never reused: a changed record gets a new slot and the old one goes dead until a rebuild. */
export class DeviceSearch {
  private slots: (SearchRecord | null)[] = [];
  private readonly slotById = new Map<string, number>();
  private text = new TextIndex();
  private terms: TermIndex;
  private holidays: HolidayCalendar;
  private wijkDistricts: Map<string, string>;
  private placeNames: Map<string, string>;
  private districtIds: string[];
  private nameOrder: number[] | null = null;

  constructor(reference: ReferenceData, holidays: SnapshotHoliday[]) {
    this.terms = termIndex(reference);
    this.holidays = holidayCalendar(holidays);
    this.wijkDistricts = new Map(reference.wijken.map((w) => [w.id, w.districtId]));
    this.placeNames = new Map([...reference.districts, ...reference.wijken].map((p) => [p.id, p.name]));
    this.districtIds = reference.districts.map((d) => d.id);
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

  /** Adds or replaces records. */
  upsert(records: SnapshotService[]): void {
    for (const record of records) {
      this.kill(record.id);
      const slot = this.slots.length;
      const item = toSearchRecord(record, this.terms);
      this.slots.push(item);
      this.slotById.set(record.id, slot);
      this.text.add(slot, item.text);
    }
    this.nameOrder = null;
    this.compactIfWasteful();
  }

  remove(ids: string[]): void {
    ids.forEach((id) => this.kill(id));
    this.nameOrder = null;
    this.compactIfWasteful();
  }

  private kill(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.slots[slot] = null;
    this.slotById.delete(id);
    this.text.drop(slot);
  }

  /** Dead slots keep their postings; rebuild the text index once they outnumber the live ones. */
  private compactIfWasteful(): void {
    if (this.slots.length < 1000 || this.slots.length < 2 * this.slotById.size) return;
    const live = this.slots.filter((s): s is SearchRecord => s !== null);
    this.slots = [];
    this.slotById.clear();
    this.text = new TextIndex();
    live.forEach((item) => {
      const slot = this.slots.length;
      this.slots.push(item);
      this.slotById.set(item.record.id, slot);
      this.text.add(slot, item.text);
    });
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

    const textMatch = this.text.match(filters.q, (slot) => this.slots[slot] !== null);
    const located = { districts: new Set<string>(), wijken: new Set<string>() };
    for (const id of filters.locatedIn) (this.wijkDistricts.has(id) ? located.wijken : located.districts).add(id);
    const hasLocatedIn = filters.locatedIn.length > 0;
    const wijkDistricts = filters.wijk.map((w) => this.wijkDistricts.get(w)).filter((d): d is string => d !== undefined);
    const anyOf = (values: string[], wanted: string[]) => wanted.length === 0 || wanted.some((w) => values.includes(w));

    const candidates: Candidate[] = [];
    const consider = (slot: number, item: SearchRecord, rank: number) => {
      if (
        filters.wijk.length > 0 &&
        !(item.servesCity || filters.wijk.some((w) => item.servesWijken.has(w)) || wijkDistricts.some((d) => item.servesDistricts.has(d)))
      )
        return;
      let locations = ALL_LOCATIONS;
      if (hasLocatedIn) {
        locations = item.locations
          .map((_, i) => i)
          .filter((i) => {
            const l = item.locations[i];
            return (
              (l.districtId !== undefined && located.districts.has(l.districtId)) ||
              (l.wijkId !== undefined && located.wijken.has(l.wijkId))
            );
          });
        if (locations.length === 0) return;
      }
      if (filters.free && item.record.isFree !== true) return;
      if (filters.walkIn && !item.access.has('zonder-afspraak')) return;
      if (filters.wheelchair && !item.access.has('rolstoeltoegankelijk')) return;
      if (moment && !isOpenAtMoment(item.hours, moment)) return;
      let distance: number | null = null;
      let locationIndex = hasLocatedIn ? (locations[0] ?? -1) : item.locations.length > 0 ? 0 : -1;
      if (near) {
        for (let k = 0; k < item.locations.length; k++) {
          const i = locations === ALL_LOCATIONS ? k : locations[k];
          if (i === undefined) break;
          const l = item.locations[i];
          const d = distanceMetres(near.latitude, near.longitude, l.latitude, l.longitude);
          if (distance === null || d < distance) [distance, locationIndex] = [d, i];
        }
        if (radius !== null && (distance === null || distance > radius)) return;
        if (distance === null) locationIndex = -1;
      }
      candidates.push({
        slot,
        item,
        rank,
        distance,
        locationIndex,
        fLifeDomain: anyOf(item.lifeDomains, filters.lifeDomain),
        fTargetGroup: anyOf(item.targetGroups, filters.targetGroup),
        fLanguage: anyOf(item.languages, filters.language),
        fDistrict: filters.district.length === 0 || item.servesCity || filters.district.some((d) => item.servesDistricts.has(d)),
      });
    };
    if (textMatch) {
      for (const [slot, rank] of textMatch.ranks) consider(slot, this.slots[slot]!, rank);
    } else {
      // Name order is kept precomputed, so the common name-sorted browse needs no sort.
      for (const slot of sort === 'name' ? this.byName() : this.slots.keys()) {
        const item = this.slots[slot];
        if (item) consider(slot, item, 0);
      }
    }

    const results = candidates.filter((c) => c.fLifeDomain && c.fTargetGroup && c.fLanguage && c.fDistrict);
    const offset = (page - 1) * pageSize;
    const pageItems =
      sort === 'name' && !textMatch
        ? results.slice(offset, offset + pageSize)
        : topK(results, offset + pageSize, COMPARE[sort]).slice(offset);
    const statusAt = openAt ?? now;
    return {
      hits: pageItems.map((c) => this.toHit(c, statusAt)),
      total: results.length,
      page,
      pageSize,
      totalPages: Math.ceil(results.length / pageSize),
      facets: this.facets(candidates),
      engine: 'device',
      isFallback: false,
    };
  }

  private byName(): number[] {
    this.nameOrder ??= [...this.slots.keys()]
      .filter((slot) => this.slots[slot] !== null)
      .sort((a, b) => COMPARE.name(this.candidateOf(a), this.candidateOf(b)));
    return this.nameOrder;
  }

  private candidateOf(slot: number): Candidate {
    return { item: this.slots[slot]! } as Candidate;
  }

  /** Each facet counted under all the other filters. */
  private facets(candidates: Candidate[]): SearchFacets {
    const facets: SearchFacets = { lifeDomain: {}, targetGroup: {}, language: {}, district: {} };
    const counts = {
      lifeDomain: new Map<string, number>(),
      targetGroup: new Map<string, number>(),
      language: new Map<string, number>(),
      district: new Map<string, number>(),
    };
    const count = (target: Map<string, number>, codes: Iterable<string>) => {
      for (const code of codes) target.set(code, (target.get(code) ?? 0) + 1);
    };
    for (const c of candidates) {
      if (c.fTargetGroup && c.fLanguage && c.fDistrict) count(counts.lifeDomain, c.item.lifeDomains);
      if (c.fLifeDomain && c.fLanguage && c.fDistrict) count(counts.targetGroup, c.item.targetGroups);
      if (c.fLifeDomain && c.fTargetGroup && c.fDistrict) count(counts.language, c.item.languages);
      if (c.fLifeDomain && c.fTargetGroup && c.fLanguage)
        count(counts.district, c.item.servesCity ? this.districtIds : c.item.servesDistricts);
    }
    for (const key of ['lifeDomain', 'targetGroup', 'language', 'district'] as const)
      facets[key] = Object.fromEntries(counts[key]) as SearchFacets[typeof key];
    return facets;
  }

  private toHit(c: Candidate, at: Date): SearchHit {
    const { record, hours } = c.item;
    const status = openingStatus(hours, at, this.holidays);
    const location = c.locationIndex >= 0 ? c.item.locations[c.locationIndex] : null;
    const place = (id: string | undefined) => (id ? { id, name: this.placeNames.get(id) ?? id } : null);
    return {
      id: record.id,
      name: record.name,
      organization: { id: record.organization.id, name: record.organization.name },
      isDemo: record.isDemo,
      shortDescription: shorten(record.description ?? ''),
      lifeDomains: [...new Set(record.lifeDomains ?? [])].sort(),
      languages: c.item.languages,
      location: location && {
        id: location.id,
        name: location.name ?? null,
        address: location.address ?? null,
        latitude: location.latitude,
        longitude: location.longitude,
        district: place(location.districtId),
        wijk: place(location.wijkId),
        distance: c.distance === null ? null : Math.round(c.distance),
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
}

/** Stands for "every location of the service" without allocating a list per service and query. */
const ALL_LOCATIONS: number[] = [];

function parseNear(near: string | null): { latitude: number; longitude: number } | null {
  if (!near) return null;
  const [latitude, longitude] = near.split(',').map(Number);
  return Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude } : null;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** `distance ASC NULLS LAST`. */
const byDistance = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
const byName = (a: Candidate, b: Candidate) => byString(a.item.nameKey, b.item.nameKey) || byString(a.item.record.id, b.item.record.id);

/** The API's ORDER BY per sort (postgres-search.engine.ts): name_key in C.UTF-8 order, then service id. */
const COMPARE: Record<NonNullable<SearchFilters['sort']>, (a: Candidate, b: Candidate) => number> = {
  relevance: (a, b) => b.rank - a.rank || byName(a, b),
  distance: (a, b) => byDistance(a.distance, b.distance) || b.rank - a.rank || byName(a, b),
  name: byName,
  updated: (a, b) => b.item.updatedAt - a.item.updatedAt || byString(a.item.record.id, b.item.record.id),
};
