// Coverage counted from the insight facts (docs/insights.md, Coverage): per area (district or
// wijk) and per category (life domain with its sub-domains, target group or language), how many
// services serve its residents — split by the most local reason (its own area, its district, the
// whole city) — and how many have a location there. Pure functions: the service feeds them facts.
import type { InsightFact } from './insight-facts.js';

export type AreaLevel = 'district' | 'wijk';
export type Dimension = 'lifeDomain' | 'targetGroup' | 'language';
export type Reach = 'local' | 'district' | 'city';

export interface Place {
  id: string;
  name: string;
  /** A wijk's district; a district's own id. */
  districtId: string;
}

export interface Places {
  districts: Place[];
  wijken: Place[];
}

export interface FactFilters {
  lifeDomains: string[];
  targetGroups: string[];
  languages: string[];
  isFree: boolean;
  isWalkIn: boolean;
}

export interface Counts {
  serving: number;
  local: number;
  district: number;
  cityWide: number;
  located: number;
}

/** Total over every category under the filters. */
export const ALL = '*';

const anyOf = (wanted: string[], have: string[]) => wanted.length === 0 || wanted.some((code) => have.includes(code));

/** The search API's semantics: AND between filters, OR between the values of one. */
export function matches(fact: InsightFact, filters: FactFilters): boolean {
  return (
    anyOf(filters.lifeDomains, fact.lifeDomains) &&
    anyOf(filters.targetGroups, fact.targetGroups) &&
    anyOf(filters.languages, fact.languages) &&
    (!filters.isFree || fact.isFree) &&
    (!filters.isWalkIn || fact.isWalkIn)
  );
}

export function categoriesOf(fact: InsightFact, dimension: Dimension): string[] {
  return dimension === 'lifeDomain' ? fact.lifeDomains : dimension === 'targetGroup' ? fact.targetGroups : fact.languages;
}

/**
 * The areas of `level` whose residents a service serves other than as a city-wide service, with
 * the most local reason: its own area named (`local`) or, for a wijk, its district named
 * (`district`). A district counts a service only when the district itself or the whole city is
 * named, as the search filter `district` does; a service for one wijk is local to that wijk only.
 */
export function reachOf(fact: InsightFact, level: AreaLevel, places: Places): Map<string, Reach> {
  const reach = new Map<string, Reach>();
  if (level === 'district') {
    for (const id of fact.servesDistricts) reach.set(id, 'local');
    return reach;
  }
  for (const id of fact.servesWijken) reach.set(id, 'local');
  if (fact.servesDistricts.length > 0) {
    for (const wijk of places.wijken) {
      if (!reach.has(wijk.id) && fact.servesDistricts.includes(wijk.districtId)) reach.set(wijk.id, 'district');
    }
  }
  return reach;
}

/** Whether the service serves residents of this area, and how. */
export function reachIn(fact: InsightFact, area: Place, level: AreaLevel): Reach | null {
  if (level === 'district' ? fact.servesDistricts.includes(area.id) : fact.servesWijken.includes(area.id)) return 'local';
  if (level === 'wijk' && fact.servesDistricts.includes(area.districtId)) return 'district';
  return fact.servesCity ? 'city' : null;
}

export function locatedIn(fact: InsightFact, level: AreaLevel): string[] {
  return level === 'district' ? fact.locatedDistricts : fact.locatedWijken;
}

interface Cell {
  local: number;
  district: number;
  /** City-wide services counted here as local or district instead (a service counts once, by its most local reason). */
  cityCountedElsewhere: number;
  located: number;
}

export type CoverageTable = Map<string, Map<string, Counts>>;

/**
 * Counts per area id and category code (`ALL` for the total). `keysOf` gives a service's category
 * codes: by default those of `dimension`; gaps pass combined keys.
 */
export function countCoverage(
  facts: Iterable<InsightFact>,
  filters: FactFilters,
  level: AreaLevel,
  places: Places,
  keysOf: (fact: InsightFact) => string[],
): CoverageTable {
  const areas = level === 'district' ? places.districts : places.wijken;
  const known = new Set(areas.map((a) => a.id));
  const cells = new Map<string, Map<string, Cell>>(areas.map((a) => [a.id, new Map()]));
  const city = new Map<string, number>();
  const cell = (area: string, key: string): Cell => {
    const row = cells.get(area)!;
    let found = row.get(key);
    if (!found) row.set(key, (found = { local: 0, district: 0, cityCountedElsewhere: 0, located: 0 }));
    return found;
  };
  for (const fact of facts) {
    if (!matches(fact, filters)) continue;
    const keys = [ALL, ...keysOf(fact)];
    const reach = [...reachOf(fact, level, places)].filter(([area]) => known.has(area));
    const located = locatedIn(fact, level).filter((area) => known.has(area));
    for (const key of keys) {
      if (fact.servesCity) city.set(key, (city.get(key) ?? 0) + 1);
      for (const [area, how] of reach) {
        const c = cell(area, key);
        c[how === 'local' ? 'local' : 'district']++;
        if (fact.servesCity) c.cityCountedElsewhere++;
      }
      for (const area of located) cell(area, key).located++;
    }
  }
  const table: CoverageTable = new Map();
  for (const area of areas) {
    const row = new Map<string, Counts>();
    const own = cells.get(area.id)!;
    for (const key of new Set([...city.keys(), ...own.keys()])) {
      const c = own.get(key) ?? { local: 0, district: 0, cityCountedElsewhere: 0, located: 0 };
      const cityWide = (city.get(key) ?? 0) - c.cityCountedElsewhere;
      row.set(key, { serving: c.local + c.district + cityWide, local: c.local, district: c.district, cityWide, located: c.located });
    }
    table.set(area.id, row);
  }
  return table;
}

export const NO_COUNTS: Counts = Object.freeze({ serving: 0, local: 0, district: 0, cityWide: 0, located: 0 });
