// The default engine: the core's search index (@sociale-kaart/core, the engine the phone runs
// offline) held in this process. Built from PostgreSQL at start and kept current by following the
// change feed (change-feed-follower.ts), so every API process is one more follower and several
// processes on one database each stay current without sharing memory (docs/search.md).
import { DeviceSearch, type SearchFilters as CoreFilters, type StoredTextIndex } from '@sociale-kaart/core';
import type { SearchDocument } from '../search-document.js';
import {
  type EngineHit,
  type EngineResult,
  type EngineState,
  EngineUnavailableError,
  type IndexBuild,
  type SearchEngine,
  type SearchQuery,
} from '../search-engine.js';
import type { EngineReference } from './reference-data.js';
import { toSearchRecord } from './search-record.js';

/** One complete index and the documents it was built from (hits carry the document back). */
interface Generation {
  index: DeviceSearch;
  documents: Map<string, SearchDocument>;
}

export class MemorySearchEngine implements SearchEngine {
  readonly name = 'memory' as const;
  /** The last complete index: searches read only this one. */
  private live: Generation | null = null;
  /** An index being filled (at start or a rebuild); swapped in by `commit()`. */
  private next: Generation | null = null;
  private lagBy = 0;
  private isDisabled = false;

  constructor(private readonly loadReference: () => Promise<EngineReference>) {}

  /** Nothing to set up: an index exists once it has been filled (`clear()` … `commit()`). */
  prepare(): Promise<void> {
    return Promise.resolve();
  }

  /** Starts a fresh index beside the live one; documents go there until `commit()`. */
  async clear(): Promise<void> {
    this.next = await this.generation();
  }

  /** A full reindex (search-indexer.ts) fills a new index beside the live one, which keeps answering. */
  async beginRebuild(): Promise<IndexBuild> {
    await this.clear();
    return {
      add: (documents) => this.index(documents),
      commit: () => {
        this.commit();
        return Promise.resolve();
      },
    };
  }

  /** Makes the index filled since `clear()` the one searches read. */
  commit(): void {
    if (this.next) this.live = this.next;
    this.next = null;
  }

  async index(documents: SearchDocument[]): Promise<void> {
    const target = this.next ?? (this.live ??= await this.generation());
    target.index.upsert(documents.map(toSearchRecord));
    for (const document of documents) target.documents.set(document.serviceId, document);
  }

  remove(serviceIds: string[]): Promise<void> {
    for (const target of [this.live, this.next]) {
      if (!target) continue;
      target.index.remove(serviceIds);
      for (const id of serviceIds) target.documents.delete(id);
    }
    return Promise.resolve();
  }

  /** The live index as documents and analysed text, to keep for the next start (index-file.ts). */
  export(): { documents: SearchDocument[]; text: StoredTextIndex } | null {
    const live = this.live;
    return live ? { documents: [...live.documents.values()], text: live.index.storeText() } : null;
  }

  /** Makes a kept index the live one; texts whose hash matches are not analysed again. */
  async restore(documents: SearchDocument[], text: StoredTextIndex): Promise<void> {
    const restored = await this.generation();
    restored.index.upsert(documents.map(toSearchRecord), text);
    for (const document of documents) restored.documents.set(document.serviceId, document);
    this.live = restored;
  }

  count(): Promise<number> {
    return Promise.resolve(this.live?.documents.size ?? 0);
  }

  /** How many changes the follower has seen but not applied yet (0: current). */
  setLag(changes: number): void {
    this.lagBy = changes;
  }

  /** An operator's switch (SEARCH_MEMORY_INDEX=false): then searches get a 503 rather than this engine. */
  disable(): void {
    this.isDisabled = true;
    this.live = this.next = null;
  }

  state(): EngineState {
    if (this.isDisabled) return { engine: this.name, state: 'disabled' };
    if (!this.live) return { engine: this.name, state: 'filling', indexed: this.next?.documents.size ?? 0 };
    const indexed = this.live.documents.size;
    if (this.next) return { engine: this.name, state: 'filling', indexed: this.next.documents.size, total: indexed };
    if (this.lagBy > 0) return { engine: this.name, state: 'lagging', indexed, lagBy: this.lagBy };
    return { engine: this.name, state: 'ready', indexed };
  }

  /** The text in words Meilisearch matches as the core does (compounds split, a swap undone); as typed without an index. */
  rewriteText(text: string): string {
    return this.live && !this.isDisabled ? this.live.index.rewriteForEngine(text) : text;
  }

  search(query: SearchQuery): Promise<EngineResult> {
    const live = this.live;
    if (!live) return Promise.reject(new EngineUnavailableError(this.state()));
    const result = live.index.search(toCoreFilters(query), { pageSize: query.limit, now: query.now });
    const hits: EngineHit[] = result.hits.map((hit) => {
      const document = live.documents.get(hit.id)!;
      const location = hit.location ? (document.locations.find((l) => l.locationId === hit.location!.id) ?? null) : null;
      return { document, location, distance: hit.location?.distance ?? null, open: hit.open };
    });
    return Promise.resolve({ hits, total: result.total, facets: result.facets, help: result.help });
  }

  private async generation(): Promise<Generation> {
    const { reference, holidays } = await this.loadReference();
    return { index: new DeviceSearch(reference, holidays), documents: new Map() };
  }
}

/** The API's parsed query as the core's filters (the URL parameters' shape). */
function toCoreFilters(query: SearchQuery): CoreFilters {
  const { filters } = query;
  return {
    q: query.text,
    lifeDomain: filters.lifeDomains,
    targetGroup: filters.targetGroups,
    language: filters.languages,
    district: filters.districts,
    wijk: filters.wijken.map((w) => w.id),
    locatedIn: [...filters.locatedIn.districts, ...filters.locatedIn.wijken],
    near: filters.near ? `${filters.near.latitude},${filters.near.longitude}` : null,
    radius: filters.near?.radius ?? null,
    openAt: filters.openAt ? filters.openAt.at.toISOString() : null,
    openNow: false,
    free: filters.free ?? false,
    walkIn: filters.walkIn ?? false,
    wheelchair: filters.wheelchair ?? false,
    sort: query.sort,
    page: Math.floor(query.offset / Math.max(1, query.limit)) + 1,
  };
}
