import { Body, Controller, Headers, HttpCode, Inject, Post, UnsupportedMediaTypeException, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/problem/api-problems.decorator.js';
import { ValidationProblem } from '../../../common/problem/domain-exception.js';
import { type ImportFormat, parseImport } from './hsds-input.js';
import { type ImportReport, HsdsImportService } from './hsds-import.service.js';
import { IMPORT_TOKEN_ACTOR, ImportTokenGuard } from './import-token.guard.js';

export const NDJSON = 'application/x-ndjson';
export const ZIP = 'application/zip';

const FORMATS: Record<string, ImportFormat> = { 'application/json': 'json', [NDJSON]: 'ndjson', [ZIP]: 'zip' };

@ApiTags('imports')
@Controller({ path: 'imports', version: '1' })
export class HsdsImportController {
  constructor(@Inject(HsdsImportService) private readonly imports: HsdsImportService) {}

  @Post('hsds')
  @HttpCode(200)
  @UseGuards(ImportTokenGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Import HSDS 3.0 services: a JSON array of full service objects, NDJSON, or the tabular package (zip)',
    description:
      'Each record is validated against the HSDS schemas; valid ones are imported (by HSDS id: created, updated or unchanged), ' +
      'invalid ones reported with the JSON path and the reason. JSON bodies up to 1 MiB, NDJSON and zip up to 64 MiB.',
  })
  @ApiConsumes('application/json', NDJSON, ZIP)
  @ApiBody({ schema: { type: 'array', items: { type: 'object', additionalProperties: true } } })
  @ApiOkResponse({ description: 'The import report.', schema: { type: 'object', additionalProperties: true } })
  @ApiProblems(400)
  import(@Headers('content-type') contentType: string | undefined, @Body() body: unknown): Promise<ImportReport> {
    const format = FORMATS[(contentType ?? '').split(';')[0].trim().toLowerCase()];
    if (!format) throw new UnsupportedMediaTypeException(`Content-Type must be one of ${Object.keys(FORMATS).join(', ')}.`);
    if (body === undefined) throw new ValidationProblem([{ name: 'body', in: 'body', reason: 'is missing' }]);
    return this.imports.import(parseImport(format, body), { who: IMPORT_TOKEN_ACTOR });
  }
}
