// Builds the HTTP application: Fastify, /api prefix, URI versioning, validation, problem+json,
// OpenAPI at /api/docs and /api/openapi.json, and the built PWA at /.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type LogLevel, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { LOG_LEVELS } from './config/app-config.js';
import { exposeRequestId, requestLoggerOptions } from './common/logging/request-logging.js';
import { measureDatabase } from './common/metrics/metrics.js';
import { registerMetrics } from './common/metrics/metrics-endpoint.js';
import { ProblemDetailsFilter } from './common/problem/problem-details.filter.js';
import { PROBLEM_CONTENT_TYPE } from './common/problem/problem-details.js';
import { NamingValidationPipe } from './common/validation/validation.js';
import type { OpenDatabase } from './database/open-database.js';
import { buildOpenApiDocument } from './openapi.js';

export interface CreateAppOptions {
  /**
   * Serve the Swagger UI and the PWA's files (both through @fastify/static). Jest turns this off:
   * on Node 20 its module system cannot load @fastify/static's ES-module dependency; the start
   * smoke test covers both in a real Node process.
   */
  serveStaticFiles?: boolean;
}

export async function createApp(
  config: AppConfig,
  database: OpenDatabase,
  { serveStaticFiles = true }: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const logLevels = LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1) as LogLevel[];
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, database),
    new FastifyAdapter({
      // Only a configured proxy may name the client: anyone else could pick their own address and
      // slip past every per-address limit.
      trustProxy: config.http.trustedProxies.length > 0 ? config.http.trustedProxies : false,
      // Long path parameters reach validation (a 400 naming them) instead of Fastify's 414.
      routerOptions: { maxParamLength: 1000 },
      frameworkErrors: answerFrameworkError,
      ...requestLoggerOptions(config),
    }),
    // No urlencoded parser (Nest adds one by default): the API reads JSON only, so an HTML form on
    // another site cannot post to it (see acceptJsonOnly).
    { logger: config.env === 'test' ? ['error'] : logLevels, bodyParser: false },
  );
  acceptJsonOnly(app);
  await app.register(fastifyHelmet, securityHeaders(config));
  const fastify = app.getHttpAdapter().getInstance();
  exposeRequestId(fastify);
  registerMetrics(fastify, { token: config.metricsToken, isProduction: config.env === 'production' });
  measureDatabase(database.dataSource);
  configureApp(app);
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'Sociale Kaart Antwerpen API',
    ui: serveStaticFiles,
  });
  if (serveStaticFiles) await servePwa(app, config.pwaDistDir);
  app.enableShutdownHooks();
  return app;
}

/**
 * Errors Fastify's router raises before Nest sees the request (a path that is not valid
 * percent-encoding, a parameter past `maxParamLength`): problem+json like every other answer.
 */
function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const problem = {
    type: 'about:blank',
    title: 'Invalid request',
    status: 400,
    detail: error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path parameter is too long.' : 'The path is not valid percent-encoded UTF-8.',
    instance: request.url,
    errors: [
      { name: 'path', in: 'path', reason: error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'is too long' : 'is not valid percent-encoding' },
    ],
  };
  void reply.code(400).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/** Prefix, versioning, validation and errors: shared with the OpenAPI writer, which builds no server. */
export function configureApp(app: NestFastifyApplication): void {
  // The HSDS API keeps the specification's paths at /hsds (issue #6).
  app.setGlobalPrefix('api', { exclude: ['hsds', 'hsds/{*path}'] });
  app.enableVersioning({ type: VersioningType.URI, prefix: 'v' });
  app.useGlobalPipes(new NamingValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  // The session cookie (modules/auth); Fastify loads the plugin before it listens.
  void app.register(fastifyCookie);
}

/**
 * Fastify parses JSON and text/plain out of the box; text/plain is what a cross-site form can send
 * without a preflight, so it goes, and any other type is a 415. The import route adds its own
 * types (modules/hsds).
 */
function acceptJsonOnly(app: NestFastifyApplication): void {
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
}

/**
 * Security headers on every response. The CSP needs no inline script: the PWA, its service worker
 * and Swagger UI load scripts from files (a browser test checks there is no violation). Styles may
 * be inline: Swagger UI's page and Leaflet's markers carry style attributes. Images and the
 * service worker's tile requests may go to the tile server.
 */
export function securityHeaders(config: AppConfig): FastifyHelmetOptions {
  const tiles = config.http.tileOrigin;
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', tiles],
        connectSrc: ["'self'", tiles],
        fontSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // HTTPS only once deployed: a development or test server is plain http on loopback.
    strictTransportSecurity: config.env === 'production' ? { maxAge: 63_072_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // /hsds is open data for any site's scripts; the app's own resources need no cross-origin isolation.
    crossOriginResourcePolicy: false,
    crossOriginEmbedderPolicy: false,
  };
}

/** The PWA's files, and its index.html for client-side routes; /api and /hsds stay the API's. */
async function servePwa(app: NestFastifyApplication, distDir: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  if (!existsSync(join(distDir, 'index.html'))) {
    fastify.get('/', (_request, reply) => {
      void reply.type('text/plain; charset=utf-8').send('Sociale Kaart Antwerpen API. The PWA is not built; see /api/docs.');
    });
    return;
  }
  const { default: fastifyStatic } = await import('@fastify/static');
  await fastify.register(fastifyStatic, { root: distDir, wildcard: false, index: ['index.html'] });
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    // Client-side routes get the app shell; a missing file (`/assets/x.js`) or API path is a 404.
    if (/^\/(api|hsds)(\/|$)/.test(path) || /\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
