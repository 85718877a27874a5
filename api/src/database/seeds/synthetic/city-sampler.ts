// Random points in Antwerp's wijken, more of them where more people live, with the district and
// wijk that the PlaceLocator gives them: bulk inserts bypass the subscriber that derives them on
// save, so the generator must write exactly what that subscriber would have written.
import bbox from '@turf/bbox';
import type { PlaceStatus } from '../../entities/index.js';
import type { PlaceLocator } from '../../../modules/places/place-locator.js';
import { readDistrictFacts, readWijken } from '../reference-files.js';
import type { Random } from '@sociale-kaart/core/dev';

export interface SampledPlace {
  latitude: number;
  longitude: number;
  placeStatus: PlaceStatus;
  districtId: string;
  districtName: string;
  wijkId: string;
  wijkName: string;
  postalCode: string;
}

interface WijkArea {
  id: string;
  name: string;
  districtId: string;
  box: [number, number, number, number];
  weight: number;
}

// Relative density of listings per wijk: the 19th-century belt and the inner districts hold most
// residents and most social services; the port and the polders hardly any.
const INNER_WIJKEN = new Set([
  '11002Z01',
  '11002Z03',
  '11002Z04',
  '11002Z06',
  '11002Z07',
  '11002Z09',
  '11002Z10',
  '11002Z13',
  '11002Z18',
  '11002Z20',
  '11002Z22',
  '11002Z23',
  '11002Z24',
  '11002Z25',
  '11002S01',
  '11002S02',
  '11002S03',
  '11002T02',
  '11002T03',
  '11002T04',
]);
const SPARSE_WIJKEN = new Set(['11002Z08', '11002Z16', '11002Y01', '11002Y02']);
const wijkWeight = (id: string) => (INNER_WIJKEN.has(id) ? 4 : SPARSE_WIJKEN.has(id) ? 0.2 : 1.5);

// The district Antwerpen spans several postcodes; the others have one (`antwerp-districts.json`).
const POSTCODE_BY_WIJK: Record<string, string> = {
  '11002Z01': '2060',
  '11002Z02': '2020',
  '11002Z03': '2018',
  '11002Z04': '2060',
  '11002Z05': '2000',
  '11002Z06': '2018',
  '11002Z07': '2018',
  '11002Z08': '2030',
  '11002Z09': '2000',
  '11002Z10': '2020',
  '11002Z11': '2050',
  '11002Z12': '2030',
  '11002Z13': '2020',
  '11002Z14': '2020',
  '11002Z15': '2020',
  '11002Z16': '2020',
  '11002Z18': '2000',
  '11002Z19': '2018',
  '11002Z20': '2060',
  '11002Z21': '2020',
  '11002Z22': '2000',
  '11002Z23': '2000',
  '11002Z24': '2000',
  '11002Z25': '2018',
};

// Rejection sampling in a wijk's bounding box; the thinnest wijk fills well over 1% of its box.
const MAX_ATTEMPTS = 10_000;

export class CitySampler {
  private readonly weighted: (readonly [WijkArea, number])[];
  private readonly byDistrict = new Map<string, WijkArea[]>();

  private constructor(
    private readonly locator: PlaceLocator,
    areas: WijkArea[],
    private readonly districts: Map<string, { name: string; postcode: string }>,
  ) {
    this.weighted = areas.map((area) => [area, area.weight] as const);
    for (const area of areas) this.byDistrict.set(area.districtId, [...(this.byDistrict.get(area.districtId) ?? []), area]);
  }

  static async load(dataDir: string, locator: PlaceLocator): Promise<CitySampler> {
    const [wijken, facts] = await Promise.all([readWijken(dataDir), readDistrictFacts(dataDir)]);
    const areas = wijken.features
      .filter(({ properties }) => !properties.is_water && properties.district_id)
      .map((feature) => ({
        id: feature.properties.id,
        name: feature.properties.name,
        districtId: feature.properties.district_id!,
        box: bbox(feature) as WijkArea['box'],
        weight: wijkWeight(feature.properties.id),
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
    const districts = new Map(facts.map((d) => [d.id, { name: d.name, postcode: d.postcodes[0] }]));
    return new CitySampler(locator, areas, districts);
  }

  get districtIds(): string[] {
    return [...this.byDistrict.keys()].sort();
  }

  districtName(districtId: string): string {
    return this.districts.get(districtId)?.name ?? districtId;
  }

  /** The wijken of a district, in id order. */
  wijkenOf(districtId: string): { id: string; name: string }[] {
    return (this.byDistrict.get(districtId) ?? []).map(({ id, name }) => ({ id, name }));
  }

  /** A point anywhere in the city, weighted to the dense inner wijken. */
  anywhere(random: Random): SampledPlace {
    return this.inWijk(random, random.weighted(this.weighted));
  }

  /** A point in the given district (a second branch of an organisation, often nearby). */
  inDistrict(random: Random, districtId: string): SampledPlace {
    const areas = this.byDistrict.get(districtId);
    if (!areas) throw new Error(`Unknown district ${districtId}`);
    return this.inWijk(random, random.weighted(areas.map((area) => [area, area.weight] as const)));
  }

  private inWijk(random: Random, area: WijkArea): SampledPlace {
    const [west, south, east, north] = area.box;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      // Six decimals (about 10 cm), as geocoders return them.
      const latitude = Math.round((south + random.next() * (north - south)) * 1e6) / 1e6;
      const longitude = Math.round((west + random.next() * (east - west)) * 1e6) / 1e6;
      const place = this.locator.locate(latitude, longitude);
      if (place.wijkId !== area.id || !place.districtId) continue;
      const district = this.districts.get(place.districtId);
      return {
        latitude,
        longitude,
        placeStatus: place.status,
        districtId: place.districtId,
        districtName: district?.name ?? place.districtId,
        wijkId: area.id,
        wijkName: area.name,
        postalCode: POSTCODE_BY_WIJK[area.id] ?? district?.postcode ?? '2000',
      };
    }
    throw new Error(`No point found inside wijk ${area.id} after ${MAX_ATTEMPTS} attempts`);
  }
}
