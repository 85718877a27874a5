// The Meilisearch engine (MEILI_URL set), written against the official client. Not run on the
// development machine (no Meilisearch binary there); its leg of the contract suite runs when
// MEILI_URL is set. Known approximations (docs/search.md): `openAt` is matched to the quarter hour
// and ignores validity dates and closures (the hit's `open` status is exact); distance uses a
// service's first location (Meilisearch has one `_geo` point per document).
import { Meilisearch, type SearchParams, type Task } from 'meilisearch';
import { compileOpeningHours } from '@sociale-kaart/core';
import type { SearchDocument } from '../search-document.js';
import {
  EMPTY_FACETS,
  type EngineHit,
  type EngineResult,
  type FacetCounts,
  type SearchEngine,
  type SearchQuery,
} from '../search-engine.js';
import { MEILI_SETTINGS } from './meilisearch-settings.js';

const SLOT_MINUTES = 15;
const SLOTS_PER_WEEK = (7 * 24 * 60) / SLOT_MINUTES;

interface MeiliDocument {
  id: string;
  document: SearchDocument;
  name: string;
  nameKey: string;
  organizationName: string;
  terms: string;
  body: string;
  translatedText: string;
  lifeDomains: string[];
  targetGroups: string[];
  languages: string[];
  access: string[];
  isFree: boolean | null;
  servesCity: boolean;
  servesDistricts: string[];
  servesWijken: string[];
  locatedDistricts: string[];
  locatedWijken: string[];
  openSlots: number[];
  opensOnHolidays: boolean;
  followsPublicSectorCalendar: boolean;
  updatedAt: number;
  _geo: { lat: number; lng: number } | null;
}

export interface MeilisearchOptions {
  url: string;
  apiKey?: string;
  indexName: string;
  timeoutMs?: number;
}

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;

  constructor(private readonly options: MeilisearchOptions) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: options.timeoutMs ?? 2000 });
  }

  private get meiliIndex() {
    return this.client.index<MeiliDocument>(this.options.indexName);
  }

  async prepare(): Promise<void> {
    const indexes = await this.client.getIndexes({ limit: 1000 });
    if (!indexes.results.some((i) => i.uid === this.options.indexName)) {
      succeeded(await this.client.createIndex(this.options.indexName, { primaryKey: 'id' }).waitTask());
    }
    succeeded(await this.meiliIndex.updateSettings(MEILI_SETTINGS).waitTask({ timeout: 60_000 }));
  }

  async index(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    succeeded(await this.meiliIndex.addDocuments(documents.map(toMeiliDocument), { primaryKey: 'id' }).waitTask({ timeout: 60_000 }));
  }

  async remove(serviceIds: string[]): Promise<void> {
    if (serviceIds.length === 0) return;
    succeeded(await this.meiliIndex.deleteDocuments(serviceIds).waitTask());
  }

  async clear(): Promise<void> {
    succeeded(await this.meiliIndex.deleteAllDocuments().waitTask());
  }

  async count(): Promise<number> {
    return (await this.meiliIndex.getStats()).numberOfDocuments;
  }

  async search(query: SearchQuery): Promise<EngineResult> {
    const f = query.filters;
    const facetFilters = {
      lifeDomain: anyOf('lifeDomains', f.lifeDomains),
      targetGroup: anyOf('targetGroups', f.targetGroups),
      language: anyOf('languages', f.languages),
      district: f.districts.length ? `(servesCity = true OR ${anyOf('servesDistricts', f.districts)})` : null,
    };
    const others = otherFilters(query);
    const filterWithout = (skip?: keyof typeof facetFilters) => [
      ...others,
      ...Object.entries(facetFilters)
        .filter(([k, v]) => k !== skip && v)
        .map(([, v]) => v!),
    ];
    const sort =
      query.sort === 'distance' && f.near
        ? [`_geoPoint(${f.near.latitude}, ${f.near.longitude}):asc`]
        : query.sort === 'name'
          ? ['nameKey:asc']
          : query.sort === 'updated'
            ? ['updatedAt:desc']
            : undefined;
    const main: SearchParams & { indexUid: string; q: string } = {
      indexUid: this.options.indexName,
      q: query.text,
      filter: filterWithout(),
      sort,
      page: Math.floor(query.offset / query.limit) + 1,
      hitsPerPage: query.limit,
    };
    const facetQuery = (facet: keyof typeof facetFilters, attributes: string[]) => ({
      indexUid: this.options.indexName,
      q: query.text,
      filter: filterWithout(facet),
      facets: attributes,
      limit: 0,
    });
    const { results } = await this.client.multiSearch({
      queries: [
        main,
        ...(query.facets
          ? [
              facetQuery('lifeDomain', ['lifeDomains']),
              facetQuery('targetGroup', ['targetGroups']),
              facetQuery('language', ['languages']),
              facetQuery('district', ['servesDistricts', 'servesCity']),
            ]
          : []),
      ],
    });
    const [hitsResult, ...facetResults] = results;
    const facets: FacetCounts = EMPTY_FACETS();
    if (query.facets) {
      facets.lifeDomain = facetResults[0].facetDistribution?.lifeDomains ?? {};
      facets.targetGroup = facetResults[1].facetDistribution?.targetGroups ?? {};
      facets.language = facetResults[2].facetDistribution?.languages ?? {};
      const byDistrict = facetResults[3].facetDistribution?.servesDistricts ?? {};
      const cityWide = facetResults[3].facetDistribution?.servesCity?.true ?? 0;
      for (const district of new Set([...Object.keys(byDistrict), ...DISTRICT_IDS])) {
        const count = (byDistrict[district] ?? 0) + cityWide;
        if (count > 0) facets.district[district] = count;
      }
    }
    return {
      total: 'totalHits' in hitsResult ? (hitsResult.totalHits as number) : (hitsResult.estimatedTotalHits ?? 0),
      facets,
      hits: hitsResult.hits.map((hit) => toEngineHit(hit.document as SearchDocument, query)),
    };
  }
}

const DISTRICT_IDS = [
  'antwerpen',
  'berchem',
  'berendrecht-zandvliet-lillo',
  'borgerhout',
  'borsbeek',
  'deurne',
  'ekeren',
  'hoboken',
  'merksem',
  'wilrijk',
];

function succeeded(task: Task): void {
  if (task.status !== 'succeeded') throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? ''}`);
}

const quote = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;

function anyOf(attribute: string, values: string[]): string | null {
  return values.length ? `${attribute} IN [${values.map(quote).join(', ')}]` : null;
}

function otherFilters({ filters: f }: SearchQuery): string[] {
  const filters: string[] = [];
  if (f.wijken.length) {
    filters.push(
      `(servesCity = true OR ${anyOf(
        'servesWijken',
        f.wijken.map((w) => w.id),
      )} OR ${anyOf(
        'servesDistricts',
        f.wijken.map((w) => w.districtId),
      )})`,
    );
  }
  if (f.locatedIn.districts.length + f.locatedIn.wijken.length) {
    filters.push(
      `(${[anyOf('locatedDistricts', f.locatedIn.districts), anyOf('locatedWijken', f.locatedIn.wijken)].filter(Boolean).join(' OR ')})`,
    );
  }
  if (f.near?.radius) filters.push(`_geoRadius(${f.near.latitude}, ${f.near.longitude}, ${f.near.radius})`);
  if (f.free) filters.push('isFree = true');
  if (f.walkIn) filters.push('access = "zonder-afspraak"');
  if (f.wheelchair) filters.push('access = "rolstoeltoegankelijk"');
  if (f.openAt) {
    filters.push(`openSlots = ${f.openAt.weekday * (SLOTS_PER_WEEK / 7) + Math.floor(f.openAt.minute / SLOT_MINUTES)}`);
    if (f.openAt.holiday === 'legal') filters.push('opensOnHolidays = true');
    if (f.openAt.holiday === 'public-sector') filters.push('(opensOnHolidays = true OR followsPublicSectorCalendar = false)');
  }
  return filters;
}

function toMeiliDocument(d: SearchDocument): MeiliDocument {
  const hours = compileOpeningHours(d.schedules, {
    opensOnHolidays: d.opensOnHolidays,
    followsPublicSectorCalendar: d.followsPublicSectorCalendar,
  });
  const slots = new Set<number>();
  for (const period of hours.periods) {
    const start = period.day * 24 * 60 + period.opens;
    for (let minute = start; minute < period.day * 24 * 60 + period.closes; minute += SLOT_MINUTES) {
      slots.add(Math.floor(minute / SLOT_MINUTES) % SLOTS_PER_WEEK);
    }
  }
  const first = d.locations[0];
  return {
    id: d.serviceId,
    document: d,
    name: d.name,
    nameKey: d.name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(),
    organizationName: d.organizationName,
    terms: d.terms,
    body: d.body,
    translatedText: d.translatedText,
    lifeDomains: d.lifeDomains,
    targetGroups: d.targetGroups,
    languages: d.languages,
    access: d.access,
    isFree: d.isFree,
    servesCity: d.servesCity,
    // City-wide services count once per district in the district facet.
    servesDistricts: d.servesCity ? [] : d.servesDistricts,
    servesWijken: d.servesWijken,
    locatedDistricts: [...new Set(d.locations.map((l) => l.districtId).filter((x): x is string => x !== null))],
    locatedWijken: [...new Set(d.locations.map((l) => l.wijkId).filter((x): x is string => x !== null))],
    openSlots: [...slots].sort((a, b) => a - b),
    opensOnHolidays: d.opensOnHolidays,
    followsPublicSectorCalendar: d.followsPublicSectorCalendar,
    updatedAt: Date.parse(d.updatedAt),
    _geo: first ? { lat: first.latitude, lng: first.longitude } : null,
  };
}

/** The location to show: nearest to `near` among those in `locatedIn`. */
function toEngineHit(document: SearchDocument, { filters: f }: SearchQuery): EngineHit {
  const inArea = (l: SearchDocument['locations'][number]) =>
    f.locatedIn.districts.length + f.locatedIn.wijken.length === 0 ||
    (l.districtId !== null && f.locatedIn.districts.includes(l.districtId)) ||
    (l.wijkId !== null && f.locatedIn.wijken.includes(l.wijkId));
  const candidates = document.locations.filter(inArea);
  if (!f.near) return { document, location: candidates[0] ?? null, distance: null };
  const near = f.near;
  const measured = candidates
    .map((location) => ({ location, distance: earthDistance(near.latitude, near.longitude, location.latitude, location.longitude) }))
    .sort((a, b) => a.distance - b.distance);
  return { document, location: measured[0]?.location ?? null, distance: measured[0]?.distance ?? null };
}

/** Great-circle distance in metres on the sphere PostgreSQL's earthdistance uses. */
export function earthDistance(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const radius = 6_378_168;
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const a = Math.sin(toRad(lat2 - lat1) / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(toRad(lng2 - lng1) / 2) ** 2;
  return 2 * radius * Math.asin(Math.sqrt(a));
}
