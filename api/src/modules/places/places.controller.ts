import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { PatternPipe } from '../../common/validation/validation.js';
import {
  DISTRICT_ID_PATTERN,
  DistrictCollectionDto,
  DistrictFeatureDto,
  WIJK_ID_PATTERN,
  WijkCollectionDto,
  WijkFeatureDto,
  WijkQueryDto,
} from './places.dto.js';
import { PlacesService } from './places.service.js';

@ApiTags('places')
@Controller({ version: '1' })
export class PlacesController {
  constructor(private readonly places: PlacesService) {}

  @Get('districts')
  @ApiOperation({ summary: "Antwerp's 10 districts as GeoJSON" })
  @ApiOkResponse({ type: DistrictCollectionDto })
  @ApiProblems(400)
  districts(): Promise<DistrictCollectionDto> {
    return this.places.districts();
  }

  @Get('districts/:id')
  @ApiOperation({ summary: 'One district as a GeoJSON feature' })
  @ApiOkResponse({ type: DistrictFeatureDto })
  @ApiProblems(400, 404)
  district(@Param('id', new PatternPipe(DISTRICT_ID_PATTERN, 'a district id such as borgerhout')) id: string): Promise<DistrictFeatureDto> {
    return this.places.district(id);
  }

  @Get('wijken')
  @ApiOperation({ summary: "Antwerp's 67 wijken as GeoJSON (the Scheldt is not a wijk)" })
  @ApiOkResponse({ type: WijkCollectionDto })
  @ApiProblems(400, 404)
  wijken(@Query() query: WijkQueryDto): Promise<WijkCollectionDto> {
    return this.places.wijken(query.district);
  }

  @Get('wijken/:id')
  @ApiOperation({ summary: 'One wijk as a GeoJSON feature' })
  @ApiOkResponse({ type: WijkFeatureDto })
  @ApiProblems(400, 404)
  wijk(@Param('id', new PatternPipe(WIJK_ID_PATTERN, 'a wijk id such as 11002S02')) id: string): Promise<WijkFeatureDto> {
    return this.places.wijk(id);
  }
}
