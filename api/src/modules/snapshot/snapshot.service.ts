import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ChangesPrunedProblem,
  FeedPositionUnknownProblem,
  NotFoundProblem,
  ValidationProblem,
} from '../../common/problem/domain-exception.js';
import { comparePositions, formatCursor, parseCursor } from './change-cursor.js';
import { compressAll } from './compression.js';
import { chooseEncoding, type Encoding, matchesTag, taggedFor } from './content-coding.js';
import { toSnapshotRecord } from './snapshot-record.js';
import { type SnapshotChangesDto, type SnapshotDto, type SnapshotServiceDto, SNAPSHOT_FORMAT_VERSION } from './snapshot.dto.js';
import { type SnapshotFingerprint, SnapshotRepository } from './snapshot.repository.js';

/** Services per build query: the search document builder's statement stays fast at this size. */
const BUILD_PAGE_SIZE = 1000;

/** The snapshot as sent: the JSON once, and each encoding of it, with the tag they share. */
interface BuiltSnapshot {
  tag: string;
  /** Order of the builds started: a slow build of older data must not replace a newer one in the cache. */
  generation: number;
  count: number;
  bytes: Record<Encoding, Buffer>;
}

export type SnapshotDownload =
  { isNotModified: true; etag: string } | { isNotModified: false; etag: string; encoding: Encoding; body: Buffer };

@Injectable()
export class SnapshotService {
  /** One entry: phones all ask for the newest snapshot, so older ones are never served again. */
  private cached?: BuiltSnapshot;
  private building?: { tag: string; snapshot: Promise<BuiltSnapshot> };
  private generations = 0;

  constructor(private readonly repository: SnapshotRepository) {}

  /** The snapshot for one request: 304 when the client has it, else the stored bytes in the best encoding it accepts. */
  async download(request: { ifNoneMatch?: string; acceptEncoding?: string }): Promise<SnapshotDownload> {
    const fingerprint = await this.repository.findFingerprint();
    const tag = tagOf(fingerprint);
    const encoding = chooseEncoding(request.acceptEncoding);
    const etag = taggedFor(tag, encoding);
    if (matchesTag(request.ifNoneMatch, tag)) return { isNotModified: true, etag };
    const snapshot = await this.snapshotFor(tag, fingerprint);
    return { isNotModified: false, etag, encoding, body: snapshot.bytes[encoding] };
  }

  /** The entity tag of the snapshot as the data stands now (without building it). */
  async currentTag(): Promise<string> {
    return tagOf(await this.repository.findFingerprint());
  }

  /** The snapshot as an object, for the benchmark and tests; built like a download. */
  async build(): Promise<{ snapshot: BuiltSnapshot; document: SnapshotDto }> {
    const fingerprint = await this.repository.findFingerprint();
    const snapshot = await this.snapshotFor(tagOf(fingerprint), fingerprint);
    return { snapshot, document: JSON.parse(snapshot.bytes.identity.toString('utf8')) as SnapshotDto };
  }

  async changes(since: string, limit: number): Promise<SnapshotChangesDto> {
    const position = parseCursor(since);
    if (!position) throw sinceProblem('must be a cursor from the snapshot or the change feed, such as 18342.977');
    const pruned = await this.repository.findPrunedPosition();
    if (pruned && comparePositions(position, pruned) < 0) throw new ChangesPrunedProblem();
    // Every cursor handed out is the feed's start (0.0), the position of a final row, or, once
    // retention deleted that row, the newest pruned position. Anything else was issued by another
    // database: from before a restore (lost writes, or another cluster whose transaction ids this
    // one will reach some day) or another environment. Following it would skip changes silently.
    const isStart = position.tx === 0n && position.seq === 0n;
    const isPruned = pruned !== null && comparePositions(position, pruned) === 0;
    if (!isStart && !isPruned) {
      const isAhead = comparePositions(position, await this.repository.findLatestPosition()) > 0;
      if (isAhead || !(await this.repository.hasPosition(position))) throw new FeedPositionUnknownProblem();
    }
    const rows = await this.repository.findChangesAfter(position, limit + 1);
    const page = rows.slice(0, limit);
    const records = new Map((await this.records(page.map((r) => r.serviceId))).map((r) => [r.id, r]));
    return {
      cursor: page.length > 0 ? formatCursor(page[page.length - 1].position) : formatCursor(position),
      hasMore: rows.length > limit,
      changes: page.map(({ serviceId }) => {
        const service = records.get(serviceId);
        return service ? { id: serviceId, service } : { id: serviceId };
      }),
    };
  }

  async service(id: string): Promise<SnapshotServiceDto> {
    const [record] = await this.records([id]);
    if (!record) throw new NotFoundProblem('published service', id);
    return record;
  }

  private async records(serviceIds: string[]): Promise<SnapshotServiceDto[]> {
    if (serviceIds.length === 0) return [];
    const parts = await this.repository.findPublishedParts(serviceIds);
    return parts.map(({ document, detail }) => toSnapshotRecord(document, detail));
  }

  /** The cached snapshot when its tag is current; otherwise one build, shared by every request that waits for it. */
  private snapshotFor(tag: string, fingerprint: SnapshotFingerprint): Promise<BuiltSnapshot> {
    if (this.cached?.tag === tag) return Promise.resolve(this.cached);
    if (this.building?.tag === tag) return this.building.snapshot;
    const snapshot = this.assemble(tag, ++this.generations, fingerprint).then(
      (built) => {
        if (!this.cached || this.cached.generation < built.generation) this.cached = built;
        if (this.building?.tag === tag) this.building = undefined;
        return built;
      },
      (error: unknown) => {
        if (this.building?.tag === tag) this.building = undefined;
        throw error;
      },
    );
    this.building = { tag, snapshot };
    return snapshot;
  }

  /**
   * The fingerprint, and with it the cursor, is read before the listings: the listings are then at
   * least as new as the cursor says, and a change that slips in between is sent again by the
   * feed, which phones apply idempotently.
   */
  private async assemble(tag: string, generation: number, fingerprint: SnapshotFingerprint): Promise<BuiltSnapshot> {
    const services: SnapshotServiceDto[] = [];
    for await (const ids of this.repository.publishedIdPages(BUILD_PAGE_SIZE)) services.push(...(await this.records(ids)));
    // Services of one organisation side by side share its name, locations and phrasing within the
    // compressor's window: a fifth smaller with gzip and brotli than in id order.
    services.sort(byOrganization);
    const document: SnapshotDto = {
      version: SNAPSHOT_FORMAT_VERSION,
      cursor: formatCursor(fingerprint.position),
      generatedAt: new Date().toISOString(),
      count: services.length,
      services,
      holidays: await this.repository.findHolidays(),
    };
    const identity = Buffer.from(JSON.stringify(document), 'utf8');
    return { tag, generation, count: services.length, bytes: await compressAll(identity, 'text') };
  }
}

/**
 * The entity tag: a digest of what the data is, not of when it was built, so it survives restarts
 * and agrees across API instances. Bump SNAPSHOT_FORMAT_VERSION when the record changes shape.
 */
function tagOf(fingerprint: SnapshotFingerprint): string {
  const key = [SNAPSHOT_FORMAT_VERSION, formatCursor(fingerprint.position), fingerprint.count, fingerprint.updatedAt, fingerprint.holidays];
  return `s${SNAPSHOT_FORMAT_VERSION}-${createHash('sha256').update(JSON.stringify(key)).digest('base64url').slice(0, 22)}`;
}

function byOrganization(a: SnapshotServiceDto, b: SnapshotServiceDto): number {
  const keys = (s: SnapshotServiceDto) => [s.organization.name, s.organization.id, s.name, s.id];
  const [ka, kb] = [keys(a), keys(b)];
  const i = ka.findIndex((key, index) => key !== kb[index]);
  return i < 0 ? 0 : ka[i] < kb[i] ? -1 : 1;
}

function sinceProblem(reason: string): ValidationProblem {
  return new ValidationProblem([{ name: 'since', in: 'query', reason }]);
}
