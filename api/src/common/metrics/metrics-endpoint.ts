// GET /metrics for Prometheus, and the hooks that feed the request metrics. Not public in
// production: there it answers only with `Authorization: Bearer <METRICS_TOKEN>`, and not at all
// without a token; elsewhere it is open unless a token is set.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from '../problem/problem-details.js';
import { httpRequestDuration, loginFailures, metricsRegistry, rateLimitRefusals } from './metrics.js';

export const METRICS_PATH = '/metrics';
const LOGIN_ROUTE = '/api/v1/auth/login';

export interface MetricsOptions {
  token?: string;
  isProduction: boolean;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

function isAuthorized(request: FastifyRequest, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(token));
}

function refuse(reply: FastifyReply, request: FastifyRequest, status: 401 | 404): FastifyReply {
  const title = status === 401 ? 'Not logged in' : 'Not found';
  const detail = status === 401 ? 'Metrics need `Authorization: Bearer <METRICS_TOKEN>`.' : 'No such resource.';
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).send({ type: 'about:blank', title, status, detail, instance: request.url });
}

export function registerMetrics(fastify: FastifyInstance, options: MetricsOptions): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    // The route pattern, not the URL: ids in paths would make a time series per listing.
    const route = request.routeOptions.url ?? 'unmatched';
    if (route !== METRICS_PATH) {
      httpRequestDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
      if (reply.statusCode === 429) rateLimitRefusals.inc({ route });
      if (route === LOGIN_ROUTE && reply.statusCode === 401) loginFailures.inc();
    }
    done();
  });

  fastify.get(METRICS_PATH, async (request, reply) => {
    if (options.token === undefined && options.isProduction) return refuse(reply, request, 404);
    if (options.token !== undefined && !isAuthorized(request, options.token)) return refuse(reply, request, 401);
    return reply.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
}
