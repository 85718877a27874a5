import { Inject, Module, type OnModuleInit, UnsupportedMediaTypeException } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { OPEN_DATABASE } from '../../database/database.module.js';
import type { OpenDatabase } from '../../database/open-database.js';
import { SEARCH_ENGINES, type SearchEngines } from '../../search/search-engines.js';
import { HsdsController } from './hsds.controller.js';
import { HsdsGraphRepository } from './hsds-graph.repository.js';
import { HsdsReadRepository } from './hsds-read.repository.js';
import { HsdsSchemas } from './hsds-schemas.js';
import { HsdsService } from './hsds.service.js';
import { HsdsImportController, IMPORT_ROUTE, NDJSON, ZIP } from './import/hsds-import.controller.js';
import { HsdsImportRepository } from './import/hsds-import.repository.js';
import { HsdsImportService } from './import/hsds-import.service.js';
import { assertMayImport, ImportTokenGuard } from './import/import-token.guard.js';
import { AuthService } from '../auth/auth.service.js';
import { assertCsrfToken, assertNotCrossSite } from '../auth/csrf.js';
import { readSessionCookie } from '../auth/session-cookie.js';

/** NDJSON and zip import bodies; JSON bodies keep Fastify's default limit (1 MiB). */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

/** Open Referral HSDS 3.0: the read API at /hsds and the import at /api/v1/imports/hsds. */
@Module({
  controllers: [HsdsController, HsdsImportController],
  providers: [
    HsdsService,
    HsdsReadRepository,
    HsdsGraphRepository,
    HsdsImportRepository,
    ImportTokenGuard,
    {
      provide: HsdsSchemas,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => HsdsSchemas.load(config.dataDir),
    },
    {
      provide: HsdsImportService,
      inject: [HsdsImportRepository, HsdsSchemas, OPEN_DATABASE, SEARCH_ENGINES],
      useFactory: (repository: HsdsImportRepository, schemas: HsdsSchemas, database: OpenDatabase, engines: SearchEngines) =>
        new HsdsImportService(
          repository,
          schemas,
          database.locator,
          engines.remote.map((e) => e.name),
        ),
    },
  ],
})
export class HsdsModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly hsds: HsdsService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    // The HSDS API is open data: any web page may read it (no credentials are involved).
    fastify.addHook('onRequest', (request, reply, done) => {
      if (/^\/hsds(\/|\?|$)/.test(request.url)) void reply.header('access-control-allow-origin', '*');
      done();
    });
    // HSDS names the root `GET /`, so clients ask for `/hsds/`; Nest's route is `/hsds`.
    fastify.get('/hsds/', (_request, reply) => {
      void reply.send(this.hsds.root(this.config.auth.publicUrl));
    });
    // Before a byte of the body is read (up to 64 MiB on the import route): other routes refuse the
    // import's types, and the import refuses anyone who may not import. The guards run again later.
    fastify.addHook('onRequest', async (request) => {
      const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (request.routeOptions.url !== IMPORT_ROUTE) {
        if (type === NDJSON || type === ZIP) throw new UnsupportedMediaTypeException('Content-Type must be application/json.');
        return;
      }
      const token = readSessionCookie(request);
      const live = token ? await this.auth.authenticate(token) : null;
      assertNotCrossSite(request, this.config.auth.publicUrl);
      if (live) assertCsrfToken(request, live.session);
      assertMayImport(request, live?.user, this.config);
    });
    if (!fastify.hasContentTypeParser(NDJSON)) {
      fastify.addContentTypeParser([NDJSON, ZIP], { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES }, (_request, body, done) => {
        done(null, body);
      });
    }
  }
}
