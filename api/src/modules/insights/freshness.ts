// Freshness counted from the insight facts (docs/insights.md, Freshness): a listing is verified
// when its last "still correct" lies within the last 180 days; never verified counts as stale.
import { type FactFilters, matches, type Place } from './coverage.js';
import type { InsightFact } from './insight-facts.js';

export const STALE_AFTER_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface Share {
  listings: number;
  verified: number;
  share: number | null;
}

export interface DistrictFreshness extends Share {
  id: string;
  name: string;
  lifeDomains: (Share & { lifeDomain: string })[];
}

export interface OrganizationFreshness {
  id: string;
  name: string;
  listings: number;
  stale: number;
  oldestVerifiedAt: number | null;
}

export interface Freshness {
  verifiedSince: Date;
  city: Share;
  districts: DistrictFreshness[];
  /** Matching facts, least recently verified first. */
  oldest: InsightFact[];
  /** Organisations with a stale listing, most stale first. */
  organizations: OrganizationFreshness[];
}

class Tally {
  listings = 0;
  verified = 0;

  add(isVerified: boolean): void {
    this.listings++;
    if (isVerified) this.verified++;
  }

  toShare(): Share {
    return {
      listings: this.listings,
      verified: this.verified,
      share: this.listings === 0 ? null : Math.round((this.verified / this.listings) * 1000) / 1000,
    };
  }
}

export function verifiedSince(now: Date): Date {
  return new Date(now.getTime() - STALE_AFTER_DAYS * DAY_MS);
}

export function isVerified(fact: InsightFact, since: Date): boolean {
  return fact.lastVerifiedAt !== null && fact.lastVerifiedAt >= since.getTime();
}

/** Whether a listing serves residents of the district: the district itself or the whole city is in its area. */
export function servesDistrict(fact: InsightFact, districtId: string): boolean {
  return fact.servesCity || fact.servesDistricts.includes(districtId);
}

/** Oldest verification first; never verified before everything, then by name. */
export function byOldestVerification(a: InsightFact, b: InsightFact): number {
  const at = (f: InsightFact) => f.lastVerifiedAt ?? -Infinity;
  return at(a) - at(b) || a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id);
}

export function countFreshness(facts: Iterable<InsightFact>, filters: FactFilters, districts: Place[], now: Date): Freshness {
  const since = verifiedSince(now);
  const city = new Tally();
  const perDistrict = new Map(districts.map((d) => [d.id, { total: new Tally(), domains: new Map<string, Tally>() }]));
  const organizations = new Map<string, OrganizationFreshness>();
  const matching: InsightFact[] = [];
  for (const fact of facts) {
    if (!matches(fact, filters)) continue;
    matching.push(fact);
    const verified = isVerified(fact, since);
    city.add(verified);
    for (const [id, tally] of perDistrict) {
      if (!servesDistrict(fact, id)) continue;
      tally.total.add(verified);
      for (const code of fact.lifeDomains) {
        let domain = tally.domains.get(code);
        if (!domain) tally.domains.set(code, (domain = new Tally()));
        domain.add(verified);
      }
    }
    let organization = organizations.get(fact.organizationId);
    if (!organization) {
      organization = { id: fact.organizationId, name: fact.organizationName, listings: 0, stale: 0, oldestVerifiedAt: fact.lastVerifiedAt };
      organizations.set(fact.organizationId, organization);
    }
    organization.listings++;
    if (!verified) organization.stale++;
    if (organization.oldestVerifiedAt !== null && (fact.lastVerifiedAt === null || fact.lastVerifiedAt < organization.oldestVerifiedAt)) {
      organization.oldestVerifiedAt = fact.lastVerifiedAt;
    }
  }
  return {
    verifiedSince: since,
    city: city.toShare(),
    districts: districts.map((d) => {
      const tally = perDistrict.get(d.id)!;
      return {
        id: d.id,
        name: d.name,
        ...tally.total.toShare(),
        lifeDomains: [...tally.domains]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([lifeDomain, domain]) => ({ lifeDomain, ...domain.toShare() })),
      };
    }),
    oldest: matching.sort(byOldestVerification),
    organizations: [...organizations.values()]
      .filter((o) => o.stale > 0)
      .sort((a, b) => b.stale - a.stale || a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id)),
  };
}
