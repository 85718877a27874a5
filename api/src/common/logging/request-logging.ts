// Request logs: Fastify's own pino logger writes one JSON line when a request arrives and one when
// it is answered (method, URL, status, response time), each with the request's id. The id is
// returned in `X-Request-Id` and is the `correlationId` of a 500, so a user's report finds its lines.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyInstance } from 'fastify';
import type { AppConfig } from '../../config/app-config.js';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A proxy's request id is kept when it looks like one; anything else could forge log lines. */
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

const PINO_LEVELS: Record<AppConfig['logLevel'], string> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/** Fastify's logger options: off under test (the tests' output stays readable), JSON lines otherwise. */
export function requestLoggerOptions(config: AppConfig) {
  return {
    logger:
      config.env === 'test'
        ? false
        : {
            level: PINO_LEVELS[config.logLevel],
            // Fastify's serializers log no headers; this keeps secrets out should anyone add them.
            redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
          },
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    genReqId: (request: IncomingMessage): string => {
      const given = request.headers[REQUEST_ID_HEADER];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  };
}

export function exposeRequestId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}
