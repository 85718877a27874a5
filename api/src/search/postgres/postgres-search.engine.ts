// The embedded default engine: PostgreSQL full-text search over a derived table (docs/search.md).
// Text: one weighted tsvector holding both unstemmed (`simple`) and stemmed (`dutch`) lexemes of
// unaccented text — A name, B organisation and taxonomy labels/keywords, C description and
// translations. Typos: query words are widened to indexed words within 1 (from 5 letters) or 2
// (from 9) edits, found through a trigram index on the lexicon. The last word also matches as a prefix.
import type { DataSource, EntityManager } from 'typeorm';
import type { SearchDocument } from '../search-document.js';
import { allowedTypos, compileOpeningHours, queryWords, SYNONYMS } from '@sociale-kaart/core';
import { type EngineResult, type EngineState, type FacetCounts, type SearchEngine, type SearchQuery } from '../search-engine.js';
import { SqlParams } from './sql-params.js';

interface AnalysedWord {
  word: string;
  isStopword: boolean;
  alternatives: string[];
}

interface SearchRow {
  total: number;
  hits: { document: SearchDocument; location_id: string | null; distance: number | null }[] | null;
  facets: Partial<Record<'life_domain' | 'target_group' | 'language' | 'district', Record<string, number>>> | null;
}

const vector = (weight: 'A' | 'B' | 'C', text: string) =>
  `setweight(to_tsvector('simple', unaccent(${text})) || to_tsvector('dutch', unaccent(${text})), '${weight}')`;

export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  constructor(private readonly dataSource: DataSource) {}

  async prepare(): Promise<void> {
    // The tables come with the migrations.
  }

  async index(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      await this.deleteRows(
        manager,
        documents.map((d) => d.serviceId),
      );
      const rows = documents.map((d) => ({
        id: d.serviceId,
        document: d,
        name: d.name,
        organization: d.organizationName,
        terms: d.terms,
        body: d.body,
        translated: d.translatedText,
        located_districts: [...new Set(d.locations.map((l) => l.districtId).filter(Boolean))],
        located_wijken: [...new Set(d.locations.map((l) => l.wijkId).filter(Boolean))],
      }));
      await manager.query(
        `INSERT INTO search_document (service_id, name_key, life_domains, target_groups, languages, access, is_free,
           serves_city, serves_districts, serves_wijken, located_districts, located_wijken, opens_on_holidays,
           follows_public_sector, updated_at, search_vector)
         SELECT r.id, lower(unaccent(r.name)),
           ARRAY(SELECT jsonb_array_elements_text(r.document->'lifeDomains')),
           ARRAY(SELECT jsonb_array_elements_text(r.document->'targetGroups')),
           ARRAY(SELECT jsonb_array_elements_text(r.document->'languages')),
           ARRAY(SELECT jsonb_array_elements_text(r.document->'access')),
           (r.document->>'isFree')::boolean, (r.document->>'servesCity')::boolean,
           ARRAY(SELECT jsonb_array_elements_text(r.document->'servesDistricts')),
           ARRAY(SELECT jsonb_array_elements_text(r.document->'servesWijken')),
           r.located_districts, r.located_wijken,
           (r.document->>'opensOnHolidays')::boolean, (r.document->>'followsPublicSectorCalendar')::boolean,
           (r.document->>'updatedAt')::timestamptz,
           ${vector('A', 'r.name')} || ${vector('B', "r.organization || ' ' || r.terms")} ||
           ${vector('C', "r.body || ' ' || r.translated")}
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, document jsonb, name text, organization text, terms text, body text,
           translated text, located_districts text[], located_wijken text[])`,
        [JSON.stringify(rows)],
      );
      await manager.query(
        `INSERT INTO search_payload (service_id, document) SELECT r.id, r.document FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, document jsonb)`,
        [JSON.stringify(documents.map((d) => ({ id: d.serviceId, document: d })))],
      );
      const locations = documents.flatMap((d) => d.locations.map((l) => ({ ...l, serviceId: d.serviceId })));
      if (locations.length > 0) {
        await manager.query(
          `INSERT INTO search_location (service_id, location_id, latitude, longitude, district_id, wijk_id)
           SELECT "serviceId", "locationId", latitude, longitude, "districtId", "wijkId"
           FROM jsonb_to_recordset($1::jsonb) AS l("serviceId" uuid, "locationId" uuid, latitude float8, longitude float8, "districtId" text, "wijkId" text)`,
          [JSON.stringify(locations)],
        );
      }
      const periods: object[] = [];
      const closures: object[] = [];
      for (const d of documents) {
        const hours = compileOpeningHours(d.schedules, {
          opensOnHolidays: d.opensOnHolidays,
          followsPublicSectorCalendar: d.followsPublicSectorCalendar,
        });
        periods.push(...hours.periods.map((p) => ({ ...p, serviceId: d.serviceId })));
        closures.push(...hours.closures.map((c) => ({ ...c, serviceId: d.serviceId })));
      }
      if (periods.length > 0) {
        await manager.query(
          `INSERT INTO search_period (service_id, day, opens, closes, valid_from, valid_to)
           SELECT "serviceId", day, opens, closes, "validFrom", "validTo"
           FROM jsonb_to_recordset($1::jsonb) AS p("serviceId" uuid, day smallint, opens smallint, closes smallint, "validFrom" date, "validTo" date)`,
          [JSON.stringify(periods)],
        );
      }
      if (closures.length > 0) {
        await manager.query(
          `INSERT INTO search_closure (service_id, from_date, to_date)
           SELECT "serviceId", "from", "to" FROM jsonb_to_recordset($1::jsonb) AS c("serviceId" uuid, "from" date, "to" date)`,
          [JSON.stringify(closures)],
        );
      }
      // Words worth correcting a typo towards; a word never leaves the lexicon (reindex prunes).
      await manager.query(
        `INSERT INTO search_lexicon (word)
         SELECT DISTINCT lexeme FROM search_payload d, unnest(tsvector_to_array(
           to_tsvector('simple', unaccent((d.document->>'name') || ' ' || (d.document->>'organizationName') || ' ' ||
             (d.document->>'terms') || ' ' || (d.document->>'body') || ' ' || (d.document->>'translatedText'))))) AS lexeme
         WHERE d.service_id = ANY($1::uuid[]) AND char_length(lexeme) >= 4
         ON CONFLICT DO NOTHING`,
        [documents.map((d) => d.serviceId)],
      );
    });
  }

  async remove(serviceIds: string[]): Promise<void> {
    if (serviceIds.length > 0) await this.deleteRows(this.dataSource.manager, serviceIds);
  }

  async clear(): Promise<void> {
    await this.dataSource.query('TRUNCATE search_document, search_payload, search_location, search_period, search_closure, search_lexicon');
  }

  state(): EngineState {
    return { engine: this.name, state: 'ready' };
  }

  async count(): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM search_document');
    return row.n;
  }

  async search(query: SearchQuery): Promise<EngineResult> {
    const words = await this.analyse(query.text);
    const p = new SqlParams();
    const { match, rank } = textMatch(words, p);
    const f = query.filters;

    const where: string[] = [match];
    if (f.wijken.length > 0) {
      where.push(
        `(d.serves_city OR d.serves_wijken && ${p.add(f.wijken.map((w) => w.id))}::text[] OR d.serves_districts && ${p.add(f.wijken.map((w) => w.districtId))}::text[])`,
      );
    }
    if (f.locatedIn.districts.length + f.locatedIn.wijken.length > 0) {
      where.push(
        `(d.located_districts && ${p.add(f.locatedIn.districts)}::text[] OR d.located_wijken && ${p.add(f.locatedIn.wijken)}::text[])`,
      );
    }
    if (f.free) where.push('d.is_free IS TRUE');
    if (f.walkIn) where.push(`'zonder-afspraak' = ANY(d.access)`);
    if (f.wheelchair) where.push(`'rolstoeltoegankelijk' = ANY(d.access)`);
    if (f.openAt) where.push(openAtCondition(f.openAt, p));

    // The location a hit shows: nearest to `near` among those in `locatedIn`.
    const locationFilter =
      f.locatedIn.districts.length + f.locatedIn.wijken.length > 0
        ? `AND (l.district_id = ANY(${p.add(f.locatedIn.districts)}::text[]) OR l.wijk_id = ANY(${p.add(f.locatedIn.wijken)}::text[]))`
        : '';
    let nearest = 'NULL::uuid AS location_id, NULL::float8 AS distance';
    let nearestJoin = '';
    if (f.near) {
      const point = `ll_to_earth(${p.add(f.near.latitude)}::float8, ${p.add(f.near.longitude)}::float8)`;
      nearestJoin = `LEFT JOIN LATERAL (
          SELECT l.location_id, earth_distance(${point}, ll_to_earth(l.latitude, l.longitude)) AS distance
          FROM search_location l WHERE l.service_id = d.service_id ${locationFilter}
          ORDER BY 2 LIMIT 1) nearest ON true`;
      nearest = 'nearest.location_id, nearest.distance';
      if (f.near.radius !== undefined) {
        const radius = p.add(f.near.radius);
        where.push(`d.service_id IN (SELECT l.service_id FROM search_location l
          WHERE earth_box(${point}, ${radius}::float8) @> ll_to_earth(l.latitude, l.longitude)
            AND earth_distance(${point}, ll_to_earth(l.latitude, l.longitude)) <= ${radius}::float8 ${locationFilter})`);
        where.push(`nearest.distance <= ${radius}::float8`);
      }
    } else if (locationFilter) {
      nearestJoin = `LEFT JOIN LATERAL (SELECT l.location_id FROM search_location l WHERE l.service_id = d.service_id ${locationFilter}
          ORDER BY l.location_id LIMIT 1) nearest ON true`;
      nearest = 'nearest.location_id, NULL::float8 AS distance';
    }

    // Facet filters are flags, so each facet can be counted under all the other filters.
    const flag = (condition: string | null) => condition ?? 'true';
    const lifeDomainFlag = flag(f.lifeDomains.length ? `d.life_domains && ${p.add(f.lifeDomains)}::text[]` : null);
    const targetGroupFlag = flag(f.targetGroups.length ? `d.target_groups && ${p.add(f.targetGroups)}::text[]` : null);
    const languageFlag = flag(f.languages.length ? `d.languages && ${p.add(f.languages)}::text[]` : null);
    const districtFlag = flag(f.districts.length ? `(d.serves_city OR d.serves_districts && ${p.add(f.districts)}::text[])` : null);
    const allFlags = 'f_life_domain AND f_target_group AND f_language AND f_district';

    const orderBy = {
      relevance: ['rank DESC', 'name_key', 'service_id'],
      distance: ['distance ASC NULLS LAST', 'rank DESC', 'name_key', 'service_id'],
      name: ['name_key', 'service_id'],
      updated: ['updated_at DESC', 'service_id'],
    }[query.sort];
    const order = orderBy.join(', ');
    // One aggregate per facet, each under the flags of the other facets (unnest in the select list is the fast path).
    const facet = (values: string, others: string) =>
      query.facets
        ? `coalesce((SELECT jsonb_object_agg(code, n) FROM (SELECT code, count(*) AS n FROM (SELECT unnest(${values}) AS code FROM matched m WHERE ${others}) u GROUP BY code) x), '{}'::jsonb)`
        : `'{}'::jsonb`;
    const sql = `
      WITH matched AS MATERIALIZED (
        SELECT d.service_id, d.name_key, d.updated_at, d.life_domains, d.target_groups, d.languages,
               d.serves_city, d.serves_districts, ${rank} AS rank, ${nearest},
               ${lifeDomainFlag} AS f_life_domain, ${targetGroupFlag} AS f_target_group,
               ${languageFlag} AS f_language, ${districtFlag} AS f_district
        FROM search_document d ${nearestJoin}
        WHERE ${where.join(' AND ')}
      ),
      page AS (
        SELECT service_id, location_id, distance, rank, name_key, updated_at FROM matched WHERE ${allFlags}
        ORDER BY ${order} LIMIT ${p.add(query.limit)} OFFSET ${p.add(query.offset)}
      )
      SELECT (SELECT count(*)::int FROM matched WHERE ${allFlags}) AS total,
             (SELECT jsonb_agg(jsonb_build_object('document', d.document, 'location_id', page.location_id, 'distance', page.distance)
                ORDER BY ${orderBy.map((key) => `page.${key}`).join(', ')})
              FROM page JOIN search_payload d USING (service_id)) AS hits,
             jsonb_build_object(
               'life_domain', ${facet('m.life_domains', 'f_target_group AND f_language AND f_district')},
               'target_group', ${facet('m.target_groups', 'f_life_domain AND f_language AND f_district')},
               'language', ${facet('m.languages', 'f_life_domain AND f_target_group AND f_district')},
               'district', ${facet('CASE WHEN m.serves_city THEN (SELECT array_agg(id) FROM district) ELSE m.serves_districts END', 'f_life_domain AND f_target_group AND f_language')}
             ) AS facets`;
    const [row] = await this.dataSource.query<SearchRow[]>(sql, p.values);
    const facets: FacetCounts = {
      lifeDomain: row.facets?.life_domain ?? {},
      targetGroup: row.facets?.target_group ?? {},
      language: row.facets?.language ?? {},
      district: row.facets?.district ?? {},
    };
    return {
      total: row.total,
      facets,
      hits: (row.hits ?? []).map((hit) => ({
        document: hit.document,
        location: hit.location_id
          ? (hit.document.locations.find((l) => l.locationId === hit.location_id) ?? null)
          : (hit.document.locations[0] ?? null),
        distance: hit.distance,
      })),
    };
  }

  /** Per query word: is it a Dutch stopword, and which indexed words are within its typo budget. */
  private async analyse(text: string): Promise<AnalysedWord[]> {
    const words = queryWords(text);
    if (words.length === 0) return [];
    const rows = await this.dataSource.query<{ word: string; is_stopword: boolean; alternatives: string[] }[]>(
      `SELECT q.position, unaccent(q.word) AS word, to_tsvector('dutch', q.word) = ''::tsvector AS is_stopword,
              coalesce((SELECT array_agg(l.word ORDER BY l.word) FROM search_lexicon l
                WHERE q.typos > 0 AND l.word % unaccent(q.word) AND levenshtein(l.word, unaccent(q.word)) <= q.typos), '{}') AS alternatives
       FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS q(word, typos, position)
       ORDER BY q.position`,
      [words, words.map(allowedTypos)],
    );
    return rows.map((r) => ({ word: r.word, isStopword: r.is_stopword, alternatives: r.alternatives.filter((a) => a !== r.word) }));
  }

  private async deleteRows(manager: EntityManager, serviceIds: string[]): Promise<void> {
    await manager.query('DELETE FROM search_document WHERE service_id = ANY($1::uuid[])', [serviceIds]);
  }
}

/** A quoted tsquery lexeme (quotes and backslashes escaped), optionally a prefix. */
function lexeme(word: string, isPrefix = false): string {
  return `'${word.replace(/['\\]/g, (c) => `\\${c}`)}'${isPrefix ? ':*' : ''}`;
}

/**
 * Every word must match (AND), each as itself, its Dutch stem or a word within its typo budget;
 * a synonym, the last word also as a prefix. Stopwords are dropped unless the query has nothing else.
 * Rank: a name holding every word first; then matches of the words as typed count double, so
 * exact matches outrank corrected ones.
 */
function textMatch(words: AnalysedWord[], p: SqlParams): { match: string; rank: string } {
  const meaningful = words.some((w) => !w.isStopword) ? words.filter((w) => !w.isStopword) : words;
  if (meaningful.length === 0) return { match: 'true', rank: '0' };
  const parts = meaningful.map((w, i) => {
    const isLast = i === meaningful.length - 1;
    const synonyms = (SYNONYMS[w.word] ?? []).map(
      (phrase) =>
        `(${phrase
          .split(' ')
          .map((word) => lexeme(word))
          .join(' <-> ')})`,
    );
    const simple = [lexeme(w.word, isLast), ...w.alternatives.map((a) => lexeme(a)), ...synonyms].join(' | ');
    const exact = lexeme(w.word, isLast);
    return {
      full: `(to_tsquery('simple', ${p.add(simple)}) || plainto_tsquery('dutch', ${p.add(w.word)}))`,
      exact: `(to_tsquery('simple', ${p.add(exact)}) || plainto_tsquery('dutch', ${p.add(w.word)}))`,
    };
  });
  const full = parts.map((x) => x.full).join(' && ');
  const exact = parts.map((x) => x.exact).join(' && ');
  return {
    match: `d.search_vector @@ (${full})`,
    // A service whose name holds every word comes first; then term frequency and weight.
    rank: `((ts_filter(d.search_vector, '{a}') @@ (${full}))::int + ts_rank(d.search_vector, ${full}) + 2 * ts_rank(d.search_vector, ${exact}))`,
  };
}

/** Open at a moment: a period of that weekday covers the minute, or one of the day before runs past midnight into it. */
function openAtCondition(moment: NonNullable<SearchQuery['filters']['openAt']>, p: SqlParams): string {
  const activeOn = (date: string, holiday: string | null) => {
    const d = p.add(date);
    const closedForHoliday =
      holiday === 'legal'
        ? 'NOT d.opens_on_holidays'
        : holiday === 'public-sector'
          ? '(NOT d.opens_on_holidays AND d.follows_public_sector)'
          : 'false';
    return `(s.valid_from IS NULL OR s.valid_from <= ${d}::date) AND (s.valid_to IS NULL OR s.valid_to >= ${d}::date)
      AND NOT ${closedForHoliday}
      AND NOT EXISTS (SELECT 1 FROM search_closure c WHERE c.service_id = d.service_id AND c.from_date <= ${d}::date AND c.to_date >= ${d}::date)`;
  };
  const minute = p.add(moment.minute);
  return `EXISTS (SELECT 1 FROM search_period s WHERE s.service_id = d.service_id AND (
      (s.day = ${p.add(moment.weekday)} AND s.opens <= ${minute}::int AND ${minute}::int < s.closes AND ${activeOn(moment.date, moment.holiday)})
      OR (s.day = ${p.add(moment.previousWeekday)} AND s.closes > 1440 AND ${minute}::int < s.closes - 1440
          AND ${activeOn(moment.previousDate, moment.previousHoliday)})))`;
}
