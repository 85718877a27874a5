// The reference data the core's engine indexes beside the listings (taxonomy labels and keywords
// at weight B, district and wijk names) and the holidays opening hours are judged by, read from
// PostgreSQL: the same rows GET /api/v1/life-domains … serve to the phone.
import type { ReferenceData, ReferenceTerm, SnapshotHoliday } from '@sociale-kaart/core';
import type { DataSource } from 'typeorm';
import { TAXONOMY } from '../../database/seeds/reference-seed.js';

export interface EngineReference {
  reference: ReferenceData;
  holidays: SnapshotHoliday[];
}

interface TermRow extends ReferenceTerm {
  taxonomy: string;
}

export async function loadEngineReference(dataSource: DataSource): Promise<EngineReference> {
  const [terms, districts, wijken, holidays] = await Promise.all([
    dataSource.query<TermRow[]>(
      `SELECT t.taxonomy, t.code, p.code AS "parentCode", t.labels, t.keywords
       FROM taxonomy_term t LEFT JOIN taxonomy_term p ON p.id = t.parent_id
       WHERE t.taxonomy = ANY($1) ORDER BY t.taxonomy, t.position, t.code`,
      [Object.values(TAXONOMY)],
    ),
    dataSource.query<{ id: string; name: string }[]>('SELECT id, name FROM district ORDER BY id'),
    dataSource.query<{ id: string; name: string; districtId: string }[]>(
      'SELECT id, name, district_id AS "districtId" FROM wijk ORDER BY id',
    ),
    dataSource.query<SnapshotHoliday[]>(`SELECT to_char(date, 'YYYY-MM-DD') AS date, kind::text AS kind FROM holiday ORDER BY date`),
  ]);
  const of = (taxonomy: string): ReferenceTerm[] =>
    terms.filter((t) => t.taxonomy === taxonomy).map(({ code, parentCode, labels, keywords }) => ({ code, parentCode, labels, keywords }));
  return {
    reference: {
      lifeDomains: of(TAXONOMY.lifeDomain),
      targetGroups: of(TAXONOMY.targetGroup),
      accessTerms: of(TAXONOMY.access),
      districts,
      wijken,
    },
    holidays,
  };
}
