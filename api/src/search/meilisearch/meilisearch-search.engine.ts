// The Meilisearch engine (MEILI_URL set), on the official client. Exact against the search
// contract: one document per location (meilisearch-document.ts), the name collation as an
// order-preserving key (name-sort-key.ts), `openAt` in two steps (open-slots.ts). It answers only
// while its state is `ready` (meilisearch-readiness.ts); the fallback answers otherwise.
import type { Meilisearch, SearchParams, SearchResponse, Task } from 'meilisearch';
import { compileOpeningHours } from '@sociale-kaart/core';
import type { SearchDocument } from '../search-document.js';
import {
  EMPTY_FACETS,
  type EngineHit,
  type EngineResult,
  type EngineState,
  type FacetCounts,
  type HitDocument,
  type IndexBuild,
  type SearchEngine,
  type SearchQuery,
} from '../search-engine.js';
import { createMeiliClient, type MeilisearchOptions } from './meilisearch-client.js';
import { type MeiliDocument, RETRIEVED, type RetrievedDocument, toHitDocument, toMeiliDocuments } from './meilisearch-document.js';
import { anyOf, type FacetFilterName, facetFilters, localTierFilters, otherFilters } from './meilisearch-filters.js';
import { MEILI_SETTINGS } from './meilisearch-settings.js';
import { isOpenAtMoment, openAtFilters } from './open-slots.js';

export type { MeilisearchOptions } from './meilisearch-client.js';

const TASK_TIMEOUT_MS = 120_000;
const FACET_ATTRIBUTES: Record<FacetFilterName, string[]> = {
  lifeDomain: ['lifeDomains'],
  targetGroup: ['targetGroups'],
  language: ['languages'],
  district: ['servesDistricts', 'servesCity'],
};

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  readonly close: () => Promise<void>;
  private current: EngineState = { engine: 'meilisearch', state: 'down' };
  /** Meilisearch's own processing time for the last search, summed over its requests (the benchmark prints it). */
  lastProcessingTimeMs = 0;

  constructor(private readonly options: MeilisearchOptions) {
    ({ client: this.client, close: this.close } = createMeiliClient(options));
  }

  state(): EngineState {
    return this.current;
  }

  /** Set by the readiness check (and by a failed search: down until the next check says otherwise). */
  setState(state: Omit<EngineState, 'engine'>): void {
    this.current = { engine: this.name, ...state };
  }

  private meiliIndex(uid = this.options.indexName) {
    return this.client.index<MeiliDocument>(uid);
  }

  async prepare(uid = this.options.indexName): Promise<void> {
    const indexes = await this.client.getIndexes({ limit: 1000 });
    if (!indexes.results.some((i) => i.uid === uid)) {
      succeeded(await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask());
    }
    succeeded(await this.meiliIndex(uid).updateSettings(MEILI_SETTINGS).waitTask({ timeout: TASK_TIMEOUT_MS }));
  }

  async index(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    // A service with fewer locations than before leaves documents behind: delete those first
    // (Meilisearch applies the two tasks in order).
    const byCount = new Map<number, string[]>();
    for (const d of documents) {
      const count = Math.max(d.locations.length, 1);
      byCount.set(count, [...(byCount.get(count) ?? []), d.serviceId]);
    }
    const stale = [...byCount].map(([count, ids]) => `(${anyOf('serviceId', ids)} AND position >= ${count})`).join(' OR ');
    await this.meiliIndex().deleteDocuments({ filter: stale });
    succeeded(await this.meiliIndex().addDocuments(documents.flatMap(toMeiliDocuments)).waitTask({ timeout: TASK_TIMEOUT_MS }));
  }

  async remove(serviceIds: string[]): Promise<void> {
    if (serviceIds.length === 0) return;
    succeeded(
      await this.meiliIndex()
        .deleteDocuments({ filter: anyOf('serviceId', serviceIds)! })
        .waitTask({ timeout: TASK_TIMEOUT_MS }),
    );
  }

  async clear(): Promise<void> {
    succeeded(await this.meiliIndex().deleteAllDocuments().waitTask({ timeout: TASK_TIMEOUT_MS }));
  }

  /** Services in the live index (one first document each). */
  async count(): Promise<number> {
    const result = await this.meiliIndex().search('', { filter: 'position = 0', page: 1, hitsPerPage: 0 });
    return result.totalHits ?? 0;
  }

  /** Reindex without a short answer: the live index keeps answering until the new one is whole. */
  async beginRebuild(): Promise<IndexBuild> {
    const uid = `${this.options.indexName}__rebuild`;
    await this.client.deleteIndex(uid).waitTask();
    await this.prepare(uid);
    await this.prepare();
    const tasks: Promise<Task>[] = [];
    return {
      // Batches are queued without waiting: Meilisearch indexes queued additions together.
      add: async (documents) => {
        if (documents.length > 0)
          tasks.push(this.meiliIndex(uid).addDocuments(documents.flatMap(toMeiliDocuments)).waitTask({ timeout: 600_000 }));
        await Promise.resolve();
      },
      commit: async () => {
        for (const task of await Promise.all(tasks)) succeeded(task);
        succeeded(
          await this.client.swapIndexes([{ indexes: [this.options.indexName, uid], rename: false }]).waitTask({ timeout: TASK_TIMEOUT_MS }),
        );
        await this.client.deleteIndex(uid).waitTask({ timeout: TASK_TIMEOUT_MS });
      },
    };
  }

  async search(query: SearchQuery): Promise<EngineResult> {
    const others = otherFilters(query);
    const byFacet = facetFilters(query.filters);
    let checkMs = 0;
    if (query.filters.openAt) {
      const { filter, processingTimeMs } = await this.openFilter(query, others);
      checkMs = processingTimeMs;
      if (filter === null) return { hits: [], total: 0, facets: EMPTY_FACETS() };
      others.push(filter);
    }
    const activeFacets = (Object.keys(byFacet) as FacetFilterName[]).filter((name) => byFacet[name] !== null);
    const idleFacets = (Object.keys(byFacet) as FacetFilterName[]).filter((name) => byFacet[name] === null);
    const without = (skip?: FacetFilterName) => [...others, ...activeFacets.filter((name) => name !== skip).map((name) => byFacet[name]!)];
    const f = query.filters;
    const sort =
      query.sort === 'distance' && f.near
        ? [`_geoPoint(${f.near.latitude}, ${f.near.longitude}):asc`]
        : query.sort === 'name'
          ? ['nameKey:asc', 'serviceId:asc']
          : query.sort === 'updated'
            ? ['updatedAt:desc', 'serviceId:asc']
            : undefined;
    const indexUid = this.options.indexName;
    // Without text, relevance is local first: the main query then counts only (total, facets), and
    // the page is read tier by tier, by name within each (a second request).
    const tiers = query.sort === 'relevance' && !query.text.trim() ? localTierFilters(f) : null;
    // Facets of the filters not in use are counted by the main query itself; each facet whose
    // filter is in use needs a query without that filter (all in one multi-search request). Only
    // page mode counts facets per distinct service; offset/limit mode counted every location.
    const main: SearchParams & { indexUid: string } = {
      indexUid,
      q: query.text,
      filter: without(),
      sort,
      page: tiers ? 1 : Math.floor(query.offset / query.limit) + 1,
      hitsPerPage: tiers ? 0 : query.limit,
      attributesToRetrieve: [...RETRIEVED],
      ...(query.facets && idleFacets.length ? { facets: idleFacets.flatMap((name) => FACET_ATTRIBUTES[name]) } : {}),
    };
    const facetQueries = query.facets
      ? activeFacets.map((name) => ({
          indexUid,
          q: query.text,
          filter: without(name),
          facets: FACET_ATTRIBUTES[name],
          page: 1,
          hitsPerPage: 0,
        }))
      : [];
    const tierQueries = (tiers ?? []).map((tier) => ({ indexUid, q: '', filter: [...without(), tier], page: 1, hitsPerPage: 0 }));
    const { results } = await this.client.multiSearch({ queries: [main, ...facetQueries, ...tierQueries] });
    const [hitsResult, ...rest] = results as unknown as SearchResponse<RetrievedDocument>[];
    const facetResults = rest.slice(0, facetQueries.length);
    this.lastProcessingTimeMs = results.reduce((sum, r) => sum + r.processingTimeMs, checkMs);
    let hits = hitsResult.hits;
    if (tiers) {
      const slices: (SearchParams & { indexUid: string })[] = [];
      let offset = query.offset;
      let wanted = query.limit;
      for (const [i, tier] of tiers.entries()) {
        const count = rest[facetQueries.length + i].totalHits ?? 0;
        if (wanted === 0) break;
        if (offset >= count) {
          offset -= count;
          continue;
        }
        const limit = Math.min(wanted, count - offset);
        slices.push({
          indexUid,
          q: '',
          filter: [...without(), tier],
          sort: ['nameKey:asc', 'serviceId:asc'],
          offset,
          limit,
          attributesToRetrieve: [...RETRIEVED],
        });
        wanted -= limit;
        offset = 0;
      }
      const pages = slices.length ? (await this.client.multiSearch({ queries: slices })).results : [];
      this.lastProcessingTimeMs += pages.reduce((sum, r) => sum + r.processingTimeMs, 0);
      hits = (pages as unknown as SearchResponse<RetrievedDocument>[]).flatMap((page) => page.hits);
    }
    const facets = EMPTY_FACETS();
    if (query.facets) {
      const distribution: Record<string, Record<string, number>> = { ...hitsResult.facetDistribution };
      for (const result of facetResults) Object.assign(distribution, result.facetDistribution);
      toFacets(distribution, facets);
    }
    return {
      total: hitsResult.totalHits ?? hitsResult.estimatedTotalHits ?? 0,
      facets,
      hits: hits.map((hit) => toEngineHit(toHitDocument(hit), query)),
    };
  }

  /** The `openAt` filter: decided in Meilisearch, or one of the candidates that the exact check keeps. */
  private async openFilter(query: SearchQuery, others: string[]): Promise<{ filter: string | null; processingTimeMs: number }> {
    const moment = query.filters.openAt!;
    const { decided, candidates } = openAtFilters(moment);
    const checked = await this.meiliIndex().search<RetrievedDocument>('', {
      filter: [candidates, ...others],
      limit: MEILI_SETTINGS.pagination!.maxTotalHits!,
      attributesToRetrieve: [...RETRIEVED],
    });
    const openIds = checked.hits
      .map(toHitDocument)
      .filter((d) =>
        isOpenAtMoment(
          compileOpeningHours(d.schedules, {
            opensOnHolidays: d.opensOnHolidays,
            followsPublicSectorCalendar: d.followsPublicSectorCalendar,
          }),
          moment,
        ),
      )
      .map((d) => d.serviceId);
    const parts = [decided, anyOf('serviceId', openIds)].filter((p): p is string => p !== null);
    return { filter: parts.length ? `(${parts.join(' OR ')})` : null, processingTimeMs: checked.processingTimeMs };
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

function toFacets(distribution: Record<string, Record<string, number>>, facets: FacetCounts): void {
  facets.lifeDomain = distribution.lifeDomains ?? {};
  facets.targetGroup = distribution.targetGroups ?? {};
  facets.language = distribution.languages ?? {};
  const byDistrict = distribution.servesDistricts ?? {};
  const cityWide = distribution.servesCity?.true ?? 0;
  for (const district of new Set([...Object.keys(byDistrict), ...DISTRICT_IDS])) {
    const count = (byDistrict[district] ?? 0) + cityWide;
    if (count > 0) facets.district[district] = count;
  }
}

function succeeded(task: Task): void {
  if (task.status !== 'succeeded') throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? ''}`);
}

/** The location to show: nearest to `near` among those in `locatedIn`. */
function toEngineHit(document: HitDocument, { filters: f }: SearchQuery): EngineHit {
  const inArea = (l: HitDocument['locations'][number]) =>
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
