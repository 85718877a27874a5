// Search analytics as CSV: one row per week and grouping (all, life domain, district, filter
// combination, and text for moderators), never more than the JSON shows the same reader.
import { stringify } from 'csv-stringify/sync';
import type { SearchesResponseDto, WeekCountsDto } from './searches.dto.js';

export function searchesCsv(report: SearchesResponseDto): string {
  const rows: unknown[][] = [];
  const add = (kind: string, key: string, trend: WeekCountsDto[]) => {
    for (const w of trend) rows.push([kind, key, w.week, w.searches, w.zeroResults, w.lowResults]);
  };
  add('all', '', report.weekly);
  for (const c of report.byLifeDomain) add('life_domain', c.code, c.trend);
  for (const c of report.byDistrict) add('district', c.code, c.trend);
  for (const [kind, list] of [
    ['zero_result_filters', report.topZeroResults],
    ['low_result_filters', report.topLowResults],
  ] as const) {
    for (const f of list) {
      const { filters: x } = f;
      const key = [
        `lifeDomain=${x.lifeDomain.join(',')}`,
        `targetGroup=${x.targetGroup.join(',')}`,
        `language=${x.language.join(',')}`,
        `district=${x.district.join(',')}`,
        `wijk=${x.wijk.join(',')}`,
        `free=${x.free}`,
        `walkIn=${x.walkIn}`,
        `hasText=${x.hasText}`,
      ].join('&');
      add(kind, key, f.trend);
    }
  }
  for (const t of report.texts ?? []) add('text', t.text, t.trend);
  return stringify([['kind', 'key', 'week', 'searches', 'zero_results', 'low_results'], ...rows], { record_delimiter: '\r\n' });
}
