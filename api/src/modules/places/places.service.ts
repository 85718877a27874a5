import { Injectable } from '@nestjs/common';
import type { Wijk } from '../../database/entities/index.js';
import { NotFoundProblem } from '../../common/problem/domain-exception.js';
import type { DistrictCollectionDto, DistrictFeatureDto, WijkCollectionDto, WijkFeatureDto } from './places.dto.js';
import { type DistrictWithCount, PlacesRepository } from './places.repository.js';

@Injectable()
export class PlacesService {
  constructor(private readonly places: PlacesRepository) {}

  async districts(): Promise<DistrictCollectionDto> {
    return { type: 'FeatureCollection', features: (await this.places.findDistricts()).map(toDistrictFeature) };
  }

  async district(id: string): Promise<DistrictFeatureDto> {
    const district = await this.places.findDistrict(id);
    if (!district) throw new NotFoundProblem('district', id);
    return toDistrictFeature(district);
  }

  async wijken(districtId?: string): Promise<WijkCollectionDto> {
    if (districtId && !(await this.places.findDistrict(districtId))) throw new NotFoundProblem('district', districtId);
    return { type: 'FeatureCollection', features: (await this.places.findWijken(districtId)).map(toWijkFeature) };
  }

  async wijk(id: string): Promise<WijkFeatureDto> {
    const wijk = await this.places.findWijk(id);
    if (!wijk) throw new NotFoundProblem('wijk', id);
    return toWijkFeature(wijk);
  }
}

function toDistrictFeature(district: DistrictWithCount): DistrictFeatureDto {
  return {
    type: 'Feature',
    id: district.id,
    properties: {
      id: district.id,
      name: district.name,
      postcodes: district.postcodes,
      label: { lat: district.labelLatitude, lng: district.labelLongitude },
      wijkCount: district.wijkCount,
    },
    geometry: district.geometry as DistrictFeatureDto['geometry'],
  };
}

function toWijkFeature(wijk: Wijk): WijkFeatureDto {
  return {
    type: 'Feature',
    id: wijk.id,
    properties: { id: wijk.id, name: wijk.name, districtId: wijk.districtId, districtName: wijk.district.name },
    geometry: wijk.geometry as WijkFeatureDto['geometry'],
  };
}
