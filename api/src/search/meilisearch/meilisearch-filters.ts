// Meilisearch filter expressions for the search contract's filters.
import type { SearchFilters, SearchQuery } from '../search-engine.js';

const quote = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;

export function anyOf(attribute: string, values: string[]): string | null {
  return values.length ? `${attribute} IN [${values.map(quote).join(', ')}]` : null;
}

/**
 * Meilisearch measures on a sphere of 6,371 km, the API (earthDistance, like PostgreSQL's
 * earthdistance) on one of 6,378.168 km: the same angle, so a radius converts by their ratio and
 * both agree on which locations lie inside it.
 */
const toMeiliMetres = (metres: number) => (metres * 6_371_000) / 6_378_168;

export type FacetFilterName = 'lifeDomain' | 'targetGroup' | 'language' | 'district';

/** The filters a facet is counted without (its own), by facet. */
export function facetFilters(f: SearchFilters): Record<FacetFilterName, string | null> {
  return {
    lifeDomain: anyOf('lifeDomains', f.lifeDomains),
    targetGroup: anyOf('targetGroups', f.targetGroups),
    language: anyOf('languages', f.languages),
    district: f.districts.length ? `(servesCity = true OR ${anyOf('servesDistricts', f.districts)})` : null,
  };
}

/** Every other filter except `openAt`, which the engine resolves in two steps. */
export function otherFilters({ filters: f }: SearchQuery): string[] {
  const filters: string[] = [];
  if (f.wijken.length) {
    const wijken = anyOf(
      'servesWijken',
      f.wijken.map((w) => w.id),
    );
    const districts = anyOf(
      'servesDistricts',
      f.wijken.map((w) => w.districtId),
    );
    filters.push(`(servesCity = true OR ${wijken} OR ${districts})`);
  }
  if (f.locatedIn.districts.length + f.locatedIn.wijken.length) {
    const located = [anyOf('locatedDistricts', f.locatedIn.districts), anyOf('locatedWijken', f.locatedIn.wijken)];
    filters.push(`(${located.filter(Boolean).join(' OR ')})`);
  }
  if (f.near?.radius) filters.push(`_geoRadius(${f.near.latitude}, ${f.near.longitude}, ${toMeiliMetres(f.near.radius)})`);
  if (f.free) filters.push('isFree = true');
  if (f.walkIn) filters.push('access = "zonder-afspraak"');
  if (f.wheelchair) filters.push('access = "rolstoeltoegankelijk"');
  return filters;
}

/**
 * Local first (the core's `localTiers`), for a search without text that names a place: tier 0 has
 * a location in one of the client's wijken, 1 in their district (the districts asked and those of
 * the wijken), 2 serves that wijk or district specifically, 3 the rest (city-wide). One filter per
 * tier, each excluding the tiers before it; null when the search names no place.
 */
export function localTierFilters(f: SearchFilters): string[] | null {
  const wijken = f.wijken.map((w) => w.id);
  const districts = [...new Set([...f.districts, ...f.wijken.map((w) => w.districtId)])];
  if (wijken.length + districts.length === 0) return null;
  const serves = [anyOf('servesWijken', wijken), anyOf('servesDistricts', districts)].filter((x): x is string => x !== null);
  const conditions = [anyOf('locatedWijken', wijken), anyOf('locatedDistricts', districts), serves.length ? serves.join(' OR ') : null];
  const before: string[] = [];
  const tiers: string[] = [];
  for (const condition of conditions) {
    if (condition === null) continue;
    tiers.push([`(${condition})`, ...before.map((b) => `NOT (${b})`)].join(' AND '));
    before.push(condition);
  }
  tiers.push(before.map((b) => `NOT (${b})`).join(' AND '));
  return tiers;
}
