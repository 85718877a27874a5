// The insight figures as CSV (RFC 4180 through csv-stringify): flat tables, one row per figure,
// with codes and Dutch names, independent of HSDS.
import { stringify } from 'csv-stringify/sync';
import type { CoverageResponseDto, GapsResponseDto } from './coverage.dto.js';
import type { FreshnessResponseDto } from './freshness.dto.js';

const csv = (columns: string[], rows: unknown[][]): string => stringify([columns, ...rows], { record_delimiter: '\r\n' });

export function coverageCsv(coverage: CoverageResponseDto): string {
  const labels = new Map(coverage.categories.map((c) => [c.code, c.label]));
  return csv(
    [
      'level',
      'area_id',
      'area_name',
      'district_id',
      coverage.by,
      'label',
      'serving',
      'local',
      'district',
      'city_wide',
      'located',
      'serving_per_10000',
      'population',
      'population_source',
      'population_date',
    ],
    coverage.areas.flatMap((area) =>
      [{ code: '', ...area.total }, ...area.cells].map((cell) => [
        area.level,
        area.id,
        area.name,
        area.districtId,
        cell.code,
        cell.code === '' ? '(alle)' : (labels.get(cell.code) ?? cell.code),
        cell.serving,
        cell.local,
        cell.district,
        cell.cityWide,
        cell.located,
        cell.servingPer10k ?? '',
        area.population?.residents ?? '',
        area.population?.source ?? '',
        area.population?.date ?? '',
      ]),
    ),
  );
}

export function gapsCsv(gaps: GapsResponseDto): string {
  return csv(
    [
      'level',
      'area_id',
      'area_name',
      'district_id',
      'life_domain',
      'language',
      'target_group',
      'kind',
      'city_wide',
      'searches_here',
      'zero_results_here',
      'searches_anywhere',
      'zero_results_anywhere',
    ],
    gaps.gaps.map((g) => [
      g.level,
      g.areaId,
      g.areaName,
      g.districtId,
      g.lifeDomain,
      g.language ?? '',
      g.targetGroup ?? '',
      g.kind,
      g.cityWide,
      g.demand.searches,
      g.demand.zeroResults,
      g.demandAnywhere.searches,
      g.demandAnywhere.zeroResults,
    ]),
  );
}

export function freshnessCsv(freshness: FreshnessResponseDto): string {
  const share = (s: { share: number | null }) => s.share ?? '';
  return csv(
    ['district_id', 'district_name', 'life_domain', 'listings', 'verified_180_days', 'share'],
    [
      ['', 'Antwerpen (stad)', '', freshness.city.listings, freshness.city.verified, share(freshness.city)],
      ...freshness.districts.flatMap((d) => [
        [d.id, d.name, '', d.listings, d.verified, share(d)],
        ...d.lifeDomains.map((l) => [d.id, d.name, l.lifeDomain, l.listings, l.verified, share(l)]),
      ]),
    ],
  );
}
