import { Body, Controller, Headers, HttpCode, Inject, Post, UnsupportedMediaTypeException, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/problem/api-problems.decorator.js';
import { TooLargeProblem, ValidationProblem } from '../../../common/problem/domain-exception.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { CurrentUser } from '../../auth/current-user.decorator.js';
import { type ImportFormat, parseImport } from './hsds-input.js';
import { type ImportReport, HsdsImportService, type InputRecord } from './hsds-import.service.js';
import { parseInWorker } from './hsds-parse.js';
import { IMPORT_TOKEN_ACTOR, ImportTokenGuard } from './import-token.guard.js';

export const NDJSON = 'application/x-ndjson';
export const ZIP = 'application/zip';
/** The route as the router knows it (Fastify's `routeOptions.url`). */
export const IMPORT_ROUTE = '/api/v1/imports/hsds';

const int = { type: 'integer' } as const;
const str = { type: 'string' } as const;
/** {@link ImportReport} in the OpenAPI document. */
const IMPORT_REPORT_SCHEMA = {
  type: 'object',
  required: ['importId', 'received', 'created', 'updated', 'unchanged', 'rejected', 'rejections', 'warned', 'warnings', 'ms'],
  properties: {
    importId: { type: 'string', format: 'uuid' },
    received: int,
    created: int,
    updated: int,
    unchanged: int,
    rejected: int,
    rejections: {
      type: 'array',
      description: 'Records not imported (the first 100; `rejected` counts all): position (from 1), id when known, JSON path and reason.',
      items: { type: 'object', required: ['record', 'path', 'reason'], properties: { record: int, id: str, path: str, reason: str } },
    },
    warned: { ...int, description: 'Records imported with warnings (all of them; `warnings` lists the first 100).' },
    warnings: {
      type: 'array',
      description:
        'Records imported with something to look at, e.g. no organization (`$.organization_id`): placed under a draft placeholder.',
      items: {
        type: 'object',
        required: ['record', 'id', 'path', 'message'],
        properties: { record: int, id: str, path: str, message: str },
      },
    },
    ms: int,
  },
};

/** A JSON body (at most 1 MiB, parsed by Fastify) within the record cap. */
function capped(records: Iterable<InputRecord>, maxRecords: number): InputRecord[] {
  const list = [...records];
  if (list.length > maxRecords) {
    throw new TooLargeProblem([
      { name: 'body', in: 'body', reason: `holds more than ${maxRecords} records: split it into several imports` },
    ]);
  }
  return list;
}

const FORMATS: Record<string, ImportFormat> = { 'application/json': 'json', [NDJSON]: 'ndjson', [ZIP]: 'zip' };

@ApiTags('imports')
@Controller({ path: 'imports', version: '1' })
export class HsdsImportController {
  constructor(
    @Inject(HsdsImportService) private readonly imports: HsdsImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('hsds')
  @HttpCode(200)
  @UseGuards(ImportTokenGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Import HSDS 3.0 services: a JSON array of full service objects, NDJSON, or the tabular package (zip)',
    description:
      'Each record is validated against the HSDS schemas; valid ones are imported (by HSDS id: created, updated or unchanged), ' +
      'invalid ones reported with the JSON path and the reason (the first 100, and the count). JSON bodies up to 1 MiB, NDJSON and zip ' +
      'up to 64 MiB; a zip of at most 100 entries, CSV files and datapackage.json only, unpacking to at most 256 MiB; at most ' +
      '`IMPORT_MAX_RECORDS` (20,000) records per request (413 above it).',
  })
  @ApiConsumes('application/json', NDJSON, ZIP)
  @ApiBody({ schema: { type: 'array', items: { type: 'object', additionalProperties: true } } })
  @ApiOkResponse({ description: 'The import report.', schema: IMPORT_REPORT_SCHEMA })
  @ApiProblems(400, 401, 403, 413)
  async import(
    @CurrentUser() user: AuthUser | undefined,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
  ): Promise<ImportReport> {
    const format = FORMATS[(contentType ?? '').split(';')[0].trim().toLowerCase()];
    if (!format) throw new UnsupportedMediaTypeException(`Content-Type must be one of ${Object.keys(FORMATS).join(', ')}.`);
    if (body === undefined) throw new ValidationProblem([{ name: 'body', in: 'body', reason: 'is missing' }]);
    // A moderator's or admin's session names them; anyone else got through with the token.
    const who = user?.role === 'admin' || user?.role === 'moderator' ? user.id : IMPORT_TOKEN_ACTOR;
    const { maxRecords } = this.config.imports;
    // NDJSON and zip bodies are read in a worker thread; a JSON body (1 MiB at most) Fastify has parsed.
    const records =
      format === 'json' ? capped(parseImport(format, body), maxRecords) : await parseInWorker(format, body as Uint8Array, maxRecords);
    return this.imports.import(records, { who });
  }
}
