import { randomUUID } from 'node:crypto';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainException, ProblemCode, RateLimitedProblem, SearchUnavailableProblem, VersionConflictProblem } from './domain-exception.js';
import { PROBLEM_CONTENT_TYPE, type ProblemDetailsDto } from './problem-details.js';

const DATABASE_UNAVAILABLE = '/api/problems/database-unavailable';

const STATUS_TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not logged in',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  410: 'Gone',
  413: 'Request too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

function statusOf(code: ProblemCode): number {
  switch (code) {
    case ProblemCode.ValidationFailed:
      return HttpStatus.BAD_REQUEST;
    case ProblemCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case ProblemCode.Conflict:
    case ProblemCode.VersionConflict:
      return HttpStatus.CONFLICT;
    case ProblemCode.TooManyRequests:
      return HttpStatus.TOO_MANY_REQUESTS;
    case ProblemCode.NotLoggedIn:
      return HttpStatus.UNAUTHORIZED;
    case ProblemCode.Forbidden:
    case ProblemCode.CsrfRejected:
      return HttpStatus.FORBIDDEN;
    case ProblemCode.TokenInvalid:
      return HttpStatus.BAD_REQUEST;
    case ProblemCode.TokenGone:
    case ProblemCode.ChangesPruned:
    case ProblemCode.FeedPositionUnknown:
      return HttpStatus.GONE;
    case ProblemCode.SearchUnavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
    case ProblemCode.TooLarge:
      return HttpStatus.PAYLOAD_TOO_LARGE;
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped problem code ${String(unhandled)}`);
    }
  }
}

/** Fastify's own client errors (malformed JSON, wrong content type) carry a 4xx statusCode. */
function isClientError(error: unknown): error is Error & { statusCode: number } {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** PostgreSQL's class 22, "data exception" (invalid date, out of range, bad encoding): the client's input, not our fault. */
function isDataError(error: unknown): error is Error {
  const code = (error as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('22');
}

/** Connection-level PostgreSQL failures: class 08, 57P01–57P03 (shutdown, cannot connect now), a refused or cut connection. */
const DATABASE_DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03']);
const DATABASE_DOWN_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/** The database does not answer (stopped, restarting, unreachable): a 503 the client may retry, not a 500. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code ?? (error as { driverError?: { code?: unknown } }).driverError?.code;
  if (typeof code === 'string' && (DATABASE_DOWN_CODES.has(code) || code.startsWith('08'))) return true;
  const driverMessage = (error as { driverError?: { message?: unknown } }).driverError?.message;
  return DATABASE_DOWN_MESSAGE.test(error.message) || (typeof driverMessage === 'string' && DATABASE_DOWN_MESSAGE.test(driverMessage));
}

/** Every error leaves as RFC 9457 problem+json; an unexpected one as a bare 500 with a correlation id. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(exception, request.url, request.id);
    if (exception instanceof RateLimitedProblem || exception instanceof SearchUnavailableProblem)
      void reply.header('retry-after', String(exception.retryAfterSeconds));
    if (problem.type === DATABASE_UNAVAILABLE) void reply.header('retry-after', '5');
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(exception: unknown, instance: string, requestId?: string): ProblemDetailsDto {
    if (exception instanceof DomainException) {
      const status = statusOf(exception.code);
      return {
        type: `/api/problems/${exception.code}`,
        title: STATUS_TITLES[status] ?? 'Error',
        status,
        detail: exception.message,
        instance,
        ...(exception.errors.length > 0 ? { errors: exception.errors } : {}),
        ...(exception instanceof VersionConflictProblem ? { currentVersion: exception.currentVersion, current: exception.current } : {}),
      };
    }
    if (exception instanceof HttpException && exception.getStatus() !== 500) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      // The health check's 503 carries which dependency failed.
      const checks = typeof body === 'object' && body !== null && 'details' in body ? { checks: body.details } : {};
      return { type: 'about:blank', title: STATUS_TITLES[status] ?? 'Error', status, detail: exception.message, instance, ...checks };
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`${instance}: the database does not answer: ${(exception as Error).message}`);
      return {
        type: DATABASE_UNAVAILABLE,
        title: STATUS_TITLES[503],
        status: 503,
        detail: 'The database does not answer at the moment. Try again in a few seconds.',
        instance,
      };
    }
    if (isDataError(exception)) {
      // Validation should have caught it; the log says which statement it slipped through to.
      this.logger.warn(`${instance}: PostgreSQL refused a value: ${exception.message}`);
      return {
        type: `/api/problems/${ProblemCode.ValidationFailed}`,
        title: STATUS_TITLES[400],
        status: 400,
        detail: 'A value in the request cannot be stored (out of range or not valid for its type).',
        instance,
        errors: [{ name: 'body', in: 'body', reason: 'holds a value the database cannot store' }],
      };
    }
    if (isClientError(exception)) {
      const status = exception.statusCode;
      return { type: 'about:blank', title: STATUS_TITLES[status] ?? 'Error', status, detail: exception.message, instance };
    }
    // The request id of the JSON request log (common/logging), so the report finds its lines.
    const correlationId = requestId ?? randomUUID();
    this.logger.error(
      `${correlationId} ${instance}: ${exception instanceof Error ? (exception.stack ?? exception.message) : String(exception)}`,
    );
    return {
      type: 'about:blank',
      title: STATUS_TITLES[500],
      status: 500,
      detail: 'Something went wrong on our side. Quote the correlation id when you report it.',
      instance,
      correlationId,
    };
  }
}
