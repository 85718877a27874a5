import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/problem/api-problems.decorator.js';
import { PatternPipe } from '../../../common/validation/validation.js';
import { DISTRICT_ID_PATTERN } from '../../places/places.dto.js';
import { DistrictReportDto } from './district-report.dto.js';
import { DistrictReportService } from './district-report.service.js';

@ApiTags('insights')
@Controller({ path: 'insights/districts', version: '1' })
export class DistrictReportController {
  constructor(private readonly reports: DistrictReportService) {}

  @Get(':id/report')
  @ApiOperation({
    summary: 'The data of the printable district report ("sociale kaart van Borgerhout"): coverage, gaps, freshness, searches',
  })
  @ApiOkResponse({ type: DistrictReportDto })
  @ApiProblems(400, 404)
  report(@Param('id', new PatternPipe(DISTRICT_ID_PATTERN, 'a district id such as borgerhout')) id: string): Promise<DistrictReportDto> {
    return this.reports.report(id);
  }
}
