// Per-code slot sets of the four facets (life domain with ancestors, target group, language, the
// district a service serves), built as records are indexed. A facet filter is the union of its
// codes' sets; a facet count is |matches under the other filters ∩ code's set| (as the API counts
// each facet under the *other* active filters, postgres-search.engine.ts).
import type { FacetKey, SearchFacets } from './search-types.js';
import type { SearchRecord } from './search-record.js';
import { andInto, countAnd, orInto, SlotSet } from './slot-set.js';

export const FACET_KEYS: FacetKey[] = ['lifeDomain', 'targetGroup', 'language', 'district'];

/** Wanted codes per facet, as the filters give them. */
export type FacetFilters = Record<FacetKey, string[]>;

export class FacetIndex {
  private readonly sets: Record<'lifeDomain' | 'targetGroup' | 'language' | 'servesDistrict', Map<string, SlotSet>> = {
    lifeDomain: new Map(),
    targetGroup: new Map(),
    language: new Map(),
    servesDistrict: new Map(),
  };
  private readonly servesCity = new SlotSet();
  /** Each facet's codes with their sets in code order (what counts() walks), until a new code comes. */
  private sorted: Partial<Record<FacetKey, [string, SlotSet | undefined][]>> = {};

  /** `districtIds`: a service serving the whole city counts for each of these districts. */
  private readonly knownDistricts: ReadonlySet<string>;

  constructor(private readonly districtIds: string[]) {
    this.knownDistricts = new Set(districtIds);
  }

  add(slot: number, item: SearchRecord): void {
    const put = (map: Map<string, SlotSet>, code: string) => {
      let set = map.get(code);
      if (!set) {
        map.set(code, (set = new SlotSet(slot + 1)));
        this.sorted = {};
      }
      set.add(slot);
    };
    item.lifeDomains.forEach((c) => put(this.sets.lifeDomain, c));
    item.targetGroups.forEach((c) => put(this.sets.targetGroup, c));
    item.languages.forEach((c) => put(this.sets.language, c));
    item.servesDistricts.forEach((c) => put(this.sets.servesDistrict, c));
    if (item.servesCity) this.servesCity.add(slot);
  }

  /** Slots passing one facet's filter, or null when it has none. Dead slots may be in it: AND with the live set. */
  filterMask(key: FacetKey, wanted: string[], words: number): Uint32Array | null {
    if (wanted.length === 0) return null;
    const mask = new Uint32Array(words);
    if (key === 'district') {
      // `servesCity OR servesDistricts && wanted`.
      orInto(mask, this.servesCity);
      wanted.forEach((d) => orInto(mask, this.sets.servesDistrict.get(d)));
    } else wanted.forEach((code) => orInto(mask, this.sets[key].get(code)));
    return mask;
  }

  /** A facet's codes in code order with their sets (district: the known districts and every one served). */
  private codesOf(key: FacetKey): [string, SlotSet | undefined][] {
    let codes = this.sorted[key];
    if (!codes) {
      if (key === 'district') {
        const all = [...new Set([...this.districtIds, ...this.sets.servesDistrict.keys()])].sort();
        codes = all.map((code) => [code, this.sets.servesDistrict.get(code)]);
      } else codes = [...this.sets[key]].sort((a, b) => (a[0] < b[0] ? -1 : 1));
      this.sorted[key] = codes;
    }
    return codes;
  }

  /** Each facet counted over `base` under the other facets' filters; only codes with a count appear. */
  counts(base: Uint32Array, masks: Record<FacetKey, Uint32Array | null>): SearchFacets {
    const facets: SearchFacets = { lifeDomain: {}, targetGroup: {}, language: {}, district: {} };
    for (const key of FACET_KEYS) {
      const others = FACET_KEYS.filter((k) => k !== key).map((k) => masks[k]);
      const scope = andInto(base.slice(), ...others);
      const out = facets[key];
      if (key === 'district') {
        // A city-wide service counts for every known district (and only those); others for the districts they list.
        const city = countAnd(scope, this.servesCity);
        const notCity = scope.slice();
        for (let i = 0; i < notCity.length; i++) notCity[i] &= ~(this.servesCity.words[i] ?? 0);
        const known = this.knownDistricts;
        for (const [code, own] of this.codesOf(key)) {
          const n = (own ? countAnd(notCity, own) : 0) + (known.has(code) ? city : 0);
          if (n > 0) out[code] = n;
        }
        continue;
      }
      for (const [code, set] of this.codesOf(key)) {
        const n = countAnd(scope, set!);
        if (n > 0) out[code] = n;
      }
    }
    return facets;
  }
}
