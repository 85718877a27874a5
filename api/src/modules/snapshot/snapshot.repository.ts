import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LISTED, SearchDocumentBuilder } from '../../search/search-document.builder.js';
import type { SearchDocument } from '../../search/search-document.js';
import { TEMPORARY_CLOSURE_NOTE } from '../editing/service-parts.js';
import type { ChangePosition } from './change-cursor.js';
import type { ServiceDetailRow } from './snapshot-record.js';

/** The feed horizon: every transaction below it has ended, so its `service_change` rows are final. */
const HORIZON = 'pg_snapshot_xmin(pg_current_snapshot())';

/** The newest final position of the feed, as `tx`/`seq` text (xid8 and bigint exceed JavaScript numbers). */
const LATEST_POSITION = `(SELECT json_build_object('tx', c.tx::text, 'seq', c.seq::text) FROM service_change c
  WHERE c.tx < ${HORIZON} ORDER BY c.tx DESC, c.seq DESC LIMIT 1)`;

const PUBLISHED = `service s JOIN organization o ON o.id = s.organization_id WHERE ${LISTED}`;

interface PositionText {
  tx: string;
  seq: string;
}

const toPosition = (p: PositionText | null): ChangePosition => (p ? { tx: BigInt(p.tx), seq: BigInt(p.seq) } : { tx: 0n, seq: 0n });

/** What the snapshot's entity tag is derived from; it changes whenever a published listing does. */
export interface SnapshotFingerprint {
  position: ChangePosition;
  count: number;
  /** Newest `updated_at` of published services and of their organisations; catches data loaded around the feed. */
  updatedAt: string;
  /** Digest of the holiday table. */
  holidays: string;
}

export interface PublishedParts {
  document: SearchDocument;
  detail: ServiceDetailRow;
}

@Injectable()
export class SnapshotRepository {
  private readonly documents: SearchDocumentBuilder;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.documents = new SearchDocumentBuilder(dataSource);
  }

  async findFingerprint(): Promise<SnapshotFingerprint> {
    const [row] = await this.dataSource.query<{ position: PositionText | null; count: number; updated_at: string; holidays: string }[]>(
      `SELECT ${LATEST_POSITION} AS position, count(*)::int AS count,
              coalesce(greatest(max(s.updated_at), max(o.updated_at))::text, '') AS updated_at,
              (SELECT coalesce(md5(string_agg(h.date::text || h.kind::text, ',' ORDER BY h.date)), '') FROM holiday h) AS holidays
       FROM ${PUBLISHED}`,
    );
    return { position: toPosition(row.position), count: row.count, updatedAt: row.updated_at, holidays: row.holidays };
  }

  /** The newest position retention deleted (change_feed_retention), or null before any pruning. */
  async findPrunedPosition(): Promise<ChangePosition | null> {
    const [row] = await this.dataSource.query<PositionText[]>(
      `SELECT pruned_tx::text AS tx, pruned_seq::text AS seq FROM change_feed_retention`,
    );
    return row ? toPosition(row) : null;
  }

  async findLatestPosition(): Promise<ChangePosition> {
    const [row] = await this.dataSource.query<{ position: PositionText | null }[]>(`SELECT ${LATEST_POSITION} AS position`);
    return toPosition(row.position);
  }

  /** Whether a row of the feed is at exactly this position. */
  async hasPosition(position: ChangePosition): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM service_change WHERE seq = $2::bigint AND tx = $1::xid8`, [
      position.tx.toString(),
      position.seq.toString(),
    ]);
    return rows.length > 0;
  }

  /**
   * Services changed after `since`, each once at its newest final position, oldest first. The
   * horizon and the rows come from one statement, hence from one snapshot.
   */
  async findChangesAfter(since: ChangePosition, limit: number): Promise<{ serviceId: string; position: ChangePosition }[]> {
    const rows = await this.dataSource.query<{ service_id: string; tx: string; seq: string }[]>(
      `SELECT service_id, tx::text, seq::text FROM (
         SELECT DISTINCT ON (c.service_id) c.service_id, c.tx, c.seq FROM service_change c
         WHERE (c.tx, c.seq) > ($1::xid8, $2::bigint) AND c.tx < ${HORIZON}
         ORDER BY c.service_id, c.tx DESC, c.seq DESC
       ) latest ORDER BY tx, seq LIMIT $3`,
      [since.tx.toString(), since.seq.toString(), limit],
    );
    return rows.map((r) => ({ serviceId: r.service_id, position: { tx: BigInt(r.tx), seq: BigInt(r.seq) } }));
  }

  /** Ids of every published service, in pages by id. */
  publishedIdPages(pageSize: number): AsyncGenerator<string[]> {
    return this.documents.publishedIds(pageSize);
  }

  /** The published ones among these services: their search document and the columns it leaves out. */
  async findPublishedParts(serviceIds: string[]): Promise<PublishedParts[]> {
    const { documents } = await this.documents.build(serviceIds);
    if (documents.length === 0) return [];
    const details = await this.dataSource.query<ServiceDetailRow[]>(
      `SELECT s.id, s.description, s.alternate_name AS "alternateName", s.application_process AS "applicationProcess",
              s.eligibility_description AS "eligibilityDescription", s.fees_description AS "feesDescription",
              s.interpretation_services AS "interpretationServices", s.wait_time AS "waitTime", s.alert, s.status, s.email, s.url,
              s.translations,
              coalesce((SELECT json_agg(json_strip_nulls(json_build_object('number', p.number, 'extension', p.extension, 'type', p.type,
                  'description', p.description)) ORDER BY p.id)
                FROM phone p WHERE p.service_id = s.id), '[]') AS phones,
              ARRAY(SELECT d.document FROM required_document d WHERE d.service_id = s.id ORDER BY d.id) AS "requiredDocuments",
              (SELECT json_build_object('from', sc.valid_from, 'to', coalesce(sc.valid_to, sc.valid_from), 'message', coalesce(sc.description, ''))
                 FROM schedule sc WHERE sc.service_id = s.id AND sc.notes = '${TEMPORARY_CLOSURE_NOTE}' AND sc.valid_from IS NOT NULL
                 ORDER BY sc.valid_from LIMIT 1) AS "temporaryClosure"
       FROM service s WHERE s.id = ANY($1::uuid[])`,
      [documents.map((d) => d.serviceId)],
    );
    const byId = new Map(details.map((d) => [d.id, d]));
    return documents.flatMap((document) => {
      const detail = byId.get(document.serviceId);
      // A service deleted between the two statements is simply not public any more.
      return detail ? [{ document, detail }] : [];
    });
  }

  findHolidays(): Promise<{ date: string; kind: 'legal' | 'public-sector' }[]> {
    return this.dataSource.query(`SELECT h.date::text AS date, h.kind::text AS kind FROM holiday h ORDER BY h.date`);
  }
}
