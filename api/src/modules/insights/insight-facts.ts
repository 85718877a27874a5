// The insight figures' source: one compact fact per published, active service (published
// organisation), held in each API process and kept current by following the change feed
// (`service_change`) as the memory search engine does (search/memory/change-feed-follower.ts).
// Coverage, gaps and freshness are computed from these facts per request, in milliseconds at
// 20,000 services, instead of aggregating in SQL at every request (docs/insights.md, Performance).
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { type ChangePosition, comparePositions } from '../snapshot/change-cursor.js';
import { SnapshotRepository } from '../snapshot/snapshot.repository.js';
import { TAXONOMY } from '../../database/seeds/reference-seed.js';

const WALK_IN = 'zonder-afspraak';
const BATCH = 1000;
/** Data loaded around the feed (a restore, a bulk load) is picked up by a full rebuild this often. */
const REBUILD_EVERY_MS = 60 * 60 * 1000;

export interface InsightFact {
  id: string;
  name: string;
  organizationId: string;
  organizationName: string;
  /** Life-domain codes with every ancestor (a parent's figure includes its sub-domains). */
  lifeDomains: string[];
  targetGroups: string[];
  languages: string[];
  isFree: boolean;
  isWalkIn: boolean;
  /** No service area, or one naming the whole city. */
  servesCity: boolean;
  servesDistricts: string[];
  servesWijken: string[];
  locatedDistricts: string[];
  locatedWijken: string[];
  /** Epoch milliseconds, or null when never verified. */
  lastVerifiedAt: number | null;
}

interface FactRow {
  id: string;
  name: string;
  organization_id: string;
  organization_name: string;
  term_ids: string[];
  languages: string[];
  amounts: (number | null)[];
  areas: { scope: string; code: string | null }[];
  located_districts: string[];
  located_wijken: string[];
  last_verified_at: Date | null;
}

interface Term {
  code: string;
  taxonomy: string;
  parentId: string | null;
}

const FACTS_SQL = `
  SELECT s.id, s.name, s.organization_id, o.name AS organization_name, s.last_verified_at,
         ARRAY(SELECT a.taxonomy_term_id FROM attribute a WHERE a.service_id = s.id) AS term_ids,
         ARRAY(SELECT DISTINCT l.code FROM language l WHERE l.service_id = s.id ORDER BY l.code) AS languages,
         ARRAY(SELECT c.amount::float8 FROM cost_option c WHERE c.service_id = s.id) AS amounts,
         coalesce((SELECT json_agg(json_build_object('scope', a.scope, 'code', a.code)) FROM service_area a WHERE a.service_id = s.id), '[]') AS areas,
         ARRAY(SELECT DISTINCT l.district_id FROM service_at_location sal JOIN location l ON l.id = sal.location_id
               WHERE sal.service_id = s.id AND l.district_id IS NOT NULL ORDER BY 1) AS located_districts,
         ARRAY(SELECT DISTINCT l.wijk_id FROM service_at_location sal JOIN location l ON l.id = sal.location_id
               WHERE sal.service_id = s.id AND l.wijk_id IS NOT NULL ORDER BY 1) AS located_wijken
  FROM service s JOIN organization o ON o.id = s.organization_id
  WHERE s.publication_state = 'published' AND o.publication_state = 'published' AND s.status = 'active'`;

export class InsightFacts {
  private readonly logger = new Logger('Insights');
  private readonly feed: SnapshotRepository;
  private facts = new Map<string, InsightFact>();
  private position: ChangePosition = { tx: 0n, seq: 0n };
  private terms = new Map<string, Term>();
  private builtAt = 0;
  private ready?: Promise<void>;
  private following?: Promise<void>;

  constructor(private readonly dataSource: DataSource) {
    this.feed = new SnapshotRepository(dataSource);
  }

  /** Every current fact, after applying what the change feed holds. */
  async current(): Promise<Iterable<InsightFact>> {
    if (!this.ready || Date.now() - this.builtAt > REBUILD_EVERY_MS) {
      this.ready = this.rebuild();
      this.ready.catch(() => (this.ready = undefined));
    }
    await this.ready;
    await this.catchUp();
    return this.facts.values();
  }

  get size(): number {
    return this.facts.size;
  }

  /** One poll of the feed at a time; concurrent callers wait for the same one. */
  private catchUp(): Promise<void> {
    this.following ??= this.applyChanges().finally(() => (this.following = undefined));
    return this.following;
  }

  private async applyChanges(): Promise<void> {
    for (;;) {
      const changes = await this.feed.findChangesAfter(this.position, BATCH);
      if (changes.length === 0) return;
      const ids = changes.map((c) => c.serviceId);
      const loaded = await this.load(ids);
      for (const id of ids) this.facts.delete(id);
      for (const fact of loaded) this.facts.set(fact.id, fact);
      const last = changes[changes.length - 1].position;
      if (comparePositions(last, this.position) > 0) this.position = last;
      if (changes.length < BATCH) return;
    }
  }

  private async rebuild(): Promise<void> {
    const started = performance.now();
    const position = await this.feed.findLatestPosition();
    const terms = await this.dataSource.query<{ id: string; code: string; taxonomy: string; parent_id: string | null }[]>(
      'SELECT id, code, taxonomy, parent_id FROM taxonomy_term',
    );
    this.terms = new Map(terms.map((t) => [t.id, { code: t.code, taxonomy: t.taxonomy, parentId: t.parent_id }]));
    const facts = await this.load(null);
    this.facts = new Map(facts.map((f) => [f.id, f]));
    this.position = position;
    this.builtAt = Date.now();
    this.logger.log(`insight facts built: ${facts.length} services in ${Math.round(performance.now() - started)} ms`);
  }

  private async load(ids: string[] | null): Promise<InsightFact[]> {
    const rows = ids
      ? await this.dataSource.query<FactRow[]>(`${FACTS_SQL} AND s.id = ANY($1::uuid[])`, [ids])
      : await this.dataSource.query<FactRow[]>(FACTS_SQL);
    return rows.map((row) => this.toFact(row));
  }

  private toFact(row: FactRow): InsightFact {
    const own = row.term_ids.map((id) => this.terms.get(id)).filter((t): t is Term => t !== undefined);
    const withAncestors = new Set<Term>();
    for (const term of own) {
      for (let t: Term | undefined = term; t && !withAncestors.has(t); t = t.parentId ? this.terms.get(t.parentId) : undefined) {
        withAncestors.add(t);
      }
    }
    const codes = (taxonomy: string, terms: Iterable<Term>) =>
      [...new Set([...terms].filter((t) => t.taxonomy === taxonomy).map((t) => t.code))].sort();
    const areaCodes = (scope: string) => row.areas.filter((a) => a.scope === scope && a.code).map((a) => a.code!);
    return {
      id: row.id,
      name: row.name,
      organizationId: row.organization_id,
      organizationName: row.organization_name,
      lifeDomains: codes(TAXONOMY.lifeDomain, withAncestors),
      targetGroups: codes(TAXONOMY.targetGroup, withAncestors),
      languages: row.languages,
      isFree: row.amounts.length > 0 && row.amounts.every((amount) => amount === 0),
      isWalkIn: codes(TAXONOMY.access, own).includes(WALK_IN),
      servesCity: row.areas.length === 0 || row.areas.some((a) => a.scope === 'city'),
      servesDistricts: areaCodes('district'),
      servesWijken: areaCodes('wijk'),
      locatedDistricts: row.located_districts,
      locatedWijken: row.located_wijken,
      lastVerifiedAt: row.last_verified_at ? row.last_verified_at.getTime() : null,
    };
  }
}
