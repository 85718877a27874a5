// Brute-force counting for the insight tests: each counted service read with plain SQL, one
// relation at a time, and figures counted cell by cell with loops over every service — no code
// shared with api/src/modules/insights, so a figure that agrees was computed twice independently.
import type { DataSource } from 'typeorm';

export interface PlainService {
  id: string;
  name: string;
  organizationId: string;
  lifeDomains: Set<string>;
  targetGroups: Set<string>;
  languages: Set<string>;
  isFree: boolean;
  isWalkIn: boolean;
  areas: { scope: string; code: string | null }[];
  locatedDistricts: Set<string>;
  locatedWijken: Set<string>;
  lastVerifiedAt: Date | null;
}

export async function plainServices(db: DataSource): Promise<PlainService[]> {
  const services = await db.query<{ id: string; name: string; organization_id: string; last_verified_at: Date | null }[]>(
    `SELECT s.id, s.name, s.organization_id, s.last_verified_at FROM service s JOIN organization o ON o.id = s.organization_id
     WHERE s.publication_state = 'published' AND o.publication_state = 'published' AND s.status = 'active'`,
  );
  type Term = { id: string; code: string; taxonomy: string; parent_id: string | null };
  const terms = await db.query<Term[]>('SELECT id, code, taxonomy, parent_id FROM taxonomy_term');
  const termById = new Map(terms.map((t) => [t.id, t]));
  const attributes = await db.query<{ service_id: string; taxonomy_term_id: string }[]>(
    'SELECT service_id, taxonomy_term_id FROM attribute WHERE service_id IS NOT NULL',
  );
  const languages = await db.query<{ service_id: string; code: string }[]>(
    'SELECT service_id, code FROM language WHERE service_id IS NOT NULL',
  );
  const costs = await db.query<{ service_id: string; amount: number | null }[]>(
    'SELECT service_id, amount::float8 AS amount FROM cost_option',
  );
  const areas = await db.query<{ service_id: string; scope: string; code: string | null }[]>(
    'SELECT service_id, scope, code FROM service_area',
  );
  const located = await db.query<{ service_id: string; district_id: string | null; wijk_id: string | null }[]>(
    'SELECT sal.service_id, l.district_id, l.wijk_id FROM service_at_location sal JOIN location l ON l.id = sal.location_id',
  );
  return services.map((s) => {
    const own = attributes.filter((a) => a.service_id === s.id).map((a) => termById.get(a.taxonomy_term_id)!);
    const up = (taxonomy: string) => {
      const codes = new Set<string>();
      for (const term of own) {
        for (let t: Term | undefined = term; t; t = t.parent_id ? termById.get(t.parent_id) : undefined) {
          if (t.taxonomy === taxonomy) codes.add(t.code);
        }
      }
      return codes;
    };
    const amounts = costs.filter((c) => c.service_id === s.id).map((c) => c.amount);
    const places = located.filter((l) => l.service_id === s.id);
    return {
      id: s.id,
      name: s.name,
      organizationId: s.organization_id,
      lifeDomains: up('levensdomein'),
      targetGroups: up('doelgroep'),
      languages: new Set(languages.filter((l) => l.service_id === s.id).map((l) => l.code)),
      isFree: amounts.length > 0 && amounts.every((a) => a === 0),
      isWalkIn: own.some((t) => t.taxonomy === 'toegang' && t.code === 'zonder-afspraak'),
      areas: areas.filter((a) => a.service_id === s.id).map((a) => ({ scope: a.scope, code: a.code })),
      locatedDistricts: new Set(places.map((p) => p.district_id).filter((d): d is string => d !== null)),
      locatedWijken: new Set(places.map((p) => p.wijk_id).filter((w): w is string => w !== null)),
      lastVerifiedAt: s.last_verified_at,
    };
  });
}

export const servesCity = (s: PlainService) => s.areas.length === 0 || s.areas.some((a) => a.scope === 'city');
export const names = (s: PlainService, scope: string, code: string) => s.areas.some((a) => a.scope === scope && a.code === code);

/** How a service serves residents of a district or a wijk (of `districtId`), by the most local reason; null: it does not. */
export function plainReach(
  s: PlainService,
  level: 'district' | 'wijk',
  id: string,
  districtId: string,
): 'local' | 'district' | 'city' | null {
  if (names(s, level, id)) return 'local';
  if (level === 'wijk' && names(s, 'district', districtId)) return 'district';
  return servesCity(s) ? 'city' : null;
}

export async function placesOf(db: DataSource): Promise<{ districts: { id: string }[]; wijken: { id: string; district_id: string }[] }> {
  return {
    districts: await db.query<{ id: string }[]>('SELECT id FROM district ORDER BY id'),
    wijken: await db.query<{ id: string; district_id: string }[]>('SELECT id, district_id FROM wijk ORDER BY id'),
  };
}
