import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { HolidayDto, HolidayQueryDto, LanguageDto } from './reference.dto.js';
import { ReferenceRepository } from './reference.repository.js';

/** Read-only reference lists; nothing to decide, so the controller reads the repository directly. */
@ApiTags('reference')
@Controller({ version: '1' })
export class ReferenceController {
  constructor(private readonly reference: ReferenceRepository) {}

  @Get('languages')
  @ApiOperation({ summary: 'Languages a service can be offered in (filter codes of `language`)' })
  @ApiOkResponse({ type: [LanguageDto] })
  async languages(): Promise<LanguageDto[]> {
    return (await this.reference.findLanguages()).map(({ code, name, native, rtl }) => ({
      code,
      name: name as Record<string, string>,
      native,
      rtl,
    }));
  }

  @Get('holidays')
  @ApiOperation({ summary: 'Belgian holidays, on which services are closed unless they say otherwise' })
  @ApiOkResponse({ type: [HolidayDto] })
  @ApiProblems(400)
  async holidays(@Query() query: HolidayQueryDto): Promise<HolidayDto[]> {
    return (await this.reference.findHolidays(query)).map(({ date, name, kind }) => ({ date, name: name as Record<string, string>, kind }));
  }
}
