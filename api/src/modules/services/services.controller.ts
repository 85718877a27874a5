import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageOf, type Page } from '../../common/pagination/page.js';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { ParseIdPipe } from '../../common/validation/validation.js';
import { ServiceDetailDto, ServiceListQueryDto, ServiceSummaryDto } from './services.dto.js';
import { ServicesService } from './services.service.js';

@ApiTags('services')
@Controller({ path: 'services', version: '1' })
export class ServicesController {
  constructor(private readonly services: ServicesService) {}

  @Get()
  @ApiOperation({ summary: 'Published services, by name (search is /api/v1/search)' })
  @ApiOkResponse({ type: PageOf(ServiceSummaryDto) })
  @ApiProblems(400)
  list(@Query() query: ServiceListQueryDto): Promise<Page<ServiceSummaryDto>> {
    return this.services.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One published service with its organization, locations, hours, languages, classification and costs' })
  @ApiOkResponse({ type: ServiceDetailDto })
  @ApiProblems(400, 404)
  get(@Param('id', ParseIdPipe) id: string): Promise<ServiceDetailDto> {
    return this.services.get(id);
  }
}
