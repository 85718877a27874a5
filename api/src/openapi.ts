import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemDetailsDto } from './common/problem/problem-details.js';

/** The OpenAPI document, generated from the controllers and DTOs. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Sociale Kaart Antwerpen API')
    .setDescription(
      'Read API of the social map of Antwerp: organisations, services, taxonomies, districts and wijken. ' +
        'Errors are RFC 9457 problem+json. The data model follows Open Referral HSDS 3.0.',
    )
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .build();
  return SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDetailsDto],
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

/**
 * The OpenAPI document without a database or a server: Nest's preview mode builds the module
 * graph without instantiating providers, which is all the document needs.
 */
export async function generateOpenApiDocument(): Promise<OpenAPIObject> {
  const { NestFactory } = await import('@nestjs/core');
  const { FastifyAdapter } = await import('@nestjs/platform-fastify');
  const { AppModule } = await import('./app.module.js');
  const { loadConfig } = await import('./config/app-config.js');
  const { configureApp } = await import('./create-app.js');
  const notOpened = {} as Parameters<typeof AppModule.forRoot>[1];
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(loadConfig({}), notOpened), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  configureApp(app);
  const document = buildOpenApiDocument(app);
  await app.close();
  return document;
}

/** The committed document: `npm run openapi` rewrites it; a test fails when it is out of date. */
export const OPENAPI_FILE = 'api/openapi.json';

export function serializeOpenApi(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
