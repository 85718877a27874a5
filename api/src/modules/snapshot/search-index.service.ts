// The analysed text index that goes with the snapshot (issue #12, item 5): the core's stored
// vectors for exactly the snapshot's records, as bytes (core's stored-index codec), so a phone's
// first start after the download places them instead of analysing every text itself. Built the
// way the phone builds its index (a DeviceSearch over the snapshot's records and the reference
// data the phone fetches), reusing this process's memory engine's analysed texts, so nothing is
// analysed twice on the server either. Cached per snapshot tag; a phone's `If-None-Match` gets 304.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeviceSearch, encodeStoredTextIndex, type SnapshotService as SnapshotRecord, TEXT_ANALYSIS_VERSION } from '@sociale-kaart/core';
import type { DataSource } from 'typeorm';
import { SearchUnavailableProblem } from '../../common/problem/domain-exception.js';
import { MemorySearchEngine } from '../../search/memory/memory-search.engine.js';
import { loadEngineReference } from '../../search/memory/reference-data.js';
import { SEARCH_ENGINES, type SearchEngines } from '../../search/search-engines.js';
import { compressAll } from './compression.js';
import { chooseEncoding, type Encoding, matchesTag, taggedFor } from './content-coding.js';
import { SnapshotService } from './snapshot.service.js';

interface BuiltIndex {
  tag: string;
  serviceCount: number;
  bytes: Record<Encoding, Buffer>;
}

export type SearchIndexDownload =
  { isNotModified: true; etag: string } | { isNotModified: false; etag: string; encoding: Encoding; body: Buffer; serviceCount: number };

/** The index's tag: the snapshot's, and the analysis version (a new analyser makes new bytes of the same data). */
export const searchIndexTag = (snapshotTag: string) => `i${TEXT_ANALYSIS_VERSION}-${snapshotTag}`;

@Injectable()
export class SearchIndexService {
  private cached?: BuiltIndex;
  private building?: { tag: string; index: Promise<BuiltIndex> };

  constructor(
    private readonly snapshot: SnapshotService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINES) private readonly engines: SearchEngines,
  ) {}

  async download(request: { ifNoneMatch?: string; acceptEncoding?: string }): Promise<SearchIndexDownload> {
    const tag = searchIndexTag(await this.snapshot.currentTag());
    const encoding = chooseEncoding(request.acceptEncoding);
    if (matchesTag(request.ifNoneMatch, tag)) return { isNotModified: true, etag: taggedFor(tag, encoding) };
    const built = await this.indexFor(tag);
    return {
      isNotModified: false,
      etag: taggedFor(built.tag, encoding),
      encoding,
      body: built.bytes[encoding],
      serviceCount: built.serviceCount,
    };
  }

  private indexFor(tag: string): Promise<BuiltIndex> {
    if (this.cached?.tag === tag) return Promise.resolve(this.cached);
    if (this.building?.tag === tag) return this.building.index;
    const index = this.build().finally(() => {
      if (this.building?.index === index) this.building = undefined;
    });
    void index.then((built) => (this.cached = built)).catch(() => undefined);
    this.building = { tag, index };
    return index;
  }

  private async build(): Promise<BuiltIndex> {
    // Analysing 20,000 texts would hold the event loop for seconds: only ever reuse the memory
    // engine's analysed texts. Without one (the operator disabled it) the phone analyses itself.
    const memory = this.engines.all.find((engine): engine is MemorySearchEngine => engine instanceof MemorySearchEngine);
    const analysed = memory?.export();
    if (!analysed) throw new SearchUnavailableProblem('the search index is not built in this process: analyse on the device');
    const [{ snapshot, document }, { reference, holidays }] = await Promise.all([
      this.snapshot.build(),
      loadEngineReference(this.dataSource),
    ]);
    const device = new DeviceSearch(reference, holidays);
    // The DTO is the record the phone stores; only `status` is typed wider (a string) there.
    device.upsert(document.services as SnapshotRecord[], analysed.text);
    const identity = Buffer.from(encodeStoredTextIndex(device.storeText()));
    return { tag: searchIndexTag(snapshot.tag), serviceCount: document.services.length, bytes: await compressAll(identity, 'binary') };
  }
}
