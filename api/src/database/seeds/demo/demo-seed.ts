// Writes the demo listings in one transaction. Every row has a name-based id, and `save` compares
// with what is stored and skips unchanged rows, so seeding again changes nothing.
import type { DataSource, EntityManager } from 'typeorm';
import {
  Address,
  Attribute,
  Contact,
  CostOption,
  District,
  Language,
  Location,
  Organization,
  Phone,
  RequiredDocument,
  Schedule,
  Service,
  ServiceArea,
  ServiceAtLocation,
  Wijk,
} from '../../entities/index.js';
import type { WijkFeatures } from '../reference-files.js';
import { buildDemoData } from './demo-data.js';

const CHUNK = { chunk: 200 };

export async function seedDemoData(dataSource: DataSource): Promise<{ organizations: number; services: number }> {
  return dataSource.transaction(async (manager) => {
    const data = buildDemoData(await seededWijken(manager));
    await manager.save(Organization, data.organizations, CHUNK);
    // `save`, not `insert`: the place subscriber derives district, wijk and place status on save.
    await manager.save(Location, data.locations, CHUNK);
    await manager.save(Address, data.addresses, CHUNK);
    await manager.save(Service, data.services, CHUNK);
    await manager.save(ServiceAtLocation, data.serviceAtLocations, CHUNK);
    await manager.save(Phone, data.phones, CHUNK);
    await manager.save(Schedule, data.schedules, CHUNK);
    await manager.save(Language, data.languages, CHUNK);
    await manager.save(Attribute, data.attributes, CHUNK);
    await manager.save(CostOption, data.costOptions, CHUNK);
    await manager.save(RequiredDocument, data.requiredDocuments, CHUNK);
    await manager.save(ServiceArea, data.serviceAreas, CHUNK);
    await manager.save(Contact, data.contacts, CHUNK);
    return { organizations: data.organizations.length, services: data.services.length };
  });
}

/**
 * The wijken as the reference seed stored them (it always runs first), so the demo needs no path to
 * `shared/` and its points are checked against the same polygons the database holds.
 */
async function seededWijken(manager: EntityManager): Promise<WijkFeatures> {
  const [wijken, districts] = await Promise.all([manager.find(Wijk, { order: { id: 'ASC' } }), manager.find(District)]);
  if (wijken.length === 0) throw new Error('No wijken in the database: seed the reference data before the demo data');
  const districtNames = new Map(districts.map((district) => [district.id, district.name]));
  return {
    type: 'FeatureCollection',
    features: wijken.map((wijk) => {
      if (wijk.geometry.type !== 'Polygon' && wijk.geometry.type !== 'MultiPolygon') {
        throw new Error(`Wijk ${wijk.id} has a ${wijk.geometry.type}, not a polygon`);
      }
      return {
        type: 'Feature',
        geometry: wijk.geometry,
        properties: {
          id: wijk.id,
          name: wijk.name,
          district_id: wijk.districtId,
          district: districtNames.get(wijk.districtId) ?? null,
          is_water: false,
        },
      };
    }),
  };
}
