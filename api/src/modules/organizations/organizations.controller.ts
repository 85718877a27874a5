import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageOf, type Page } from '../../common/pagination/page.js';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { ParseIdPipe } from '../../common/validation/validation.js';
import { OrganizationDetailDto, OrganizationListQueryDto, OrganizationSummaryDto } from './organizations.dto.js';
import { OrganizationsService } from './organizations.service.js';

@ApiTags('organizations')
@Controller({ path: 'organizations', version: '1' })
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @ApiOperation({ summary: 'Published organizations, by name' })
  @ApiOkResponse({ type: PageOf(OrganizationSummaryDto) })
  @ApiProblems(400)
  list(@Query() query: OrganizationListQueryDto): Promise<Page<OrganizationSummaryDto>> {
    return this.organizations.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One published organization with its locations and services' })
  @ApiOkResponse({ type: OrganizationDetailDto })
  @ApiProblems(400, 404)
  get(@Param('id', ParseIdPipe) id: string): Promise<OrganizationDetailDto> {
    return this.organizations.get(id);
  }
}
