import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export const DISTRICT_ID_PATTERN = /^[a-z]+(-[a-z]+)*$/;
export const WIJK_ID_PATTERN = /^\d{5}[A-Z]\d{2}$/;

export class WijkQueryDto {
  @ApiPropertyOptional({ description: 'Only the wijken of this district (id, e.g. `borgerhout`).', example: 'borgerhout' })
  @IsOptional()
  @Matches(DISTRICT_ID_PATTERN, { message: 'must be a district id such as borgerhout' })
  district?: string;
}

class GeometryDto {
  @ApiProperty({ enum: ['Polygon', 'MultiPolygon'] })
  type: 'Polygon' | 'MultiPolygon';

  @ApiProperty({ description: 'GeoJSON coordinates, WGS84 [lng, lat].', type: 'array', items: {} })
  coordinates: unknown[];
}

export class DistrictPropertiesDto {
  @ApiProperty({ example: 'borgerhout' })
  id: string;

  @ApiProperty({ example: 'Borgerhout' })
  name: string;

  @ApiProperty({ example: ['2140'], type: [String] })
  postcodes: string[];

  @ApiProperty({ description: 'A point inside the district that suits a map label.', example: { lat: 51.2139, lng: 4.4382 } })
  label: { lat: number; lng: number };

  @ApiProperty({ example: 3 })
  wijkCount: number;
}

export class DistrictFeatureDto {
  @ApiProperty({ enum: ['Feature'] })
  type: 'Feature';

  @ApiProperty({ example: 'borgerhout' })
  id: string;

  @ApiProperty()
  properties: DistrictPropertiesDto;

  @ApiProperty()
  geometry: GeometryDto;
}

export class DistrictCollectionDto {
  @ApiProperty({ enum: ['FeatureCollection'] })
  type: 'FeatureCollection';

  @ApiProperty({ type: [DistrictFeatureDto] })
  features: DistrictFeatureDto[];
}

export class WijkPropertiesDto {
  @ApiProperty({ example: '11002S02' })
  id: string;

  @ApiProperty({ example: 'Borgerhout Intra Muros Noord' })
  name: string;

  @ApiProperty({ example: 'borgerhout' })
  districtId: string;

  @ApiProperty({ example: 'Borgerhout' })
  districtName: string;
}

export class WijkFeatureDto {
  @ApiProperty({ enum: ['Feature'] })
  type: 'Feature';

  @ApiProperty({ example: '11002S02' })
  id: string;

  @ApiProperty()
  properties: WijkPropertiesDto;

  @ApiProperty()
  geometry: GeometryDto;
}

export class WijkCollectionDto {
  @ApiProperty({ enum: ['FeatureCollection'] })
  type: 'FeatureCollection';

  @ApiProperty({ type: [WijkFeatureDto] })
  features: WijkFeatureDto[];
}

/** A district or wijk named in a listing. */
export class PlaceRefDto {
  @ApiProperty({ example: 'borgerhout' })
  id: string;

  @ApiProperty({ example: 'Borgerhout' })
  name: string;
}
