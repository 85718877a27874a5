// Fuzzes a running app from its OpenAPI document: every operation, as every actor, with valid,
// boundary and hostile values, bounded in count and time. Reports each 5xx, each answer slower
// than 2 s, each status the operation does not document and each body that breaks its schema.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import fc from 'fast-check';
import { type Actor, type FuzzRequest, type IdPools, type Operation, type Parameter, requestArbitrary } from './fuzz-requests.js';
import type { SchemaObject } from './schema-arbitrary.js';

// ajv-formats is CommonJS: under ESM its default export may be the module object.
type FormatsPlugin = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsImport as unknown as { default?: FormatsPlugin }).default ?? addFormatsImport) as unknown as FormatsPlugin;

/** An answer slower than this is a hang. */
export const HANG_MS = 2000;
/** Give up on a request after this long (a failure: no answer). Generous: CI machines are shared and slow. */
const ABORT_MS = 30_000;

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, SchemaObject> };
}

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: SchemaObject }> };
  responses: Record<string, { content?: Record<string, { schema?: SchemaObject }> }>;
}

export interface Session {
  /** `sk_session=…` */
  cookie: string;
  csrfToken: string;
}

export interface FuzzOptions {
  baseUrl: string;
  document: OpenApiDocument;
  sessions: Partial<Record<Actor, Session>>;
  /** Extra sessions per actor, spent by logout requests so the main sessions stay alive. */
  spareSessions: Partial<Record<Actor, Session[]>>;
  /** Existing ids, refreshed every `refreshEvery` requests (the fuzz itself creates revisions, claims, …). */
  loadIds: () => Promise<IdPools>;
  requests: number;
  timeLimitMs: number;
  seed: number;
  concurrency?: number;
  refreshEvery?: number;
  onProgress?: (done: number) => void;
}

export type FindingKind = '5xx' | 'hang' | 'undocumented status' | 'schema violation';

export interface Finding {
  kind: FindingKind;
  operation: string;
  status: number;
  detail: string;
  /** Enough to send the request again by hand. */
  request: string;
}

export interface FuzzReport {
  seed: number;
  requests: number;
  elapsedMs: number;
  operations: number;
  byStatusClass: Record<string, number>;
  byMode: Record<string, number>;
  byActor: Record<string, number>;
  /** Operations that answered 2xx at least once: the fuzz reached past validation there. */
  reached2xx: number;
  slowestMs: number;
  findings: Finding[];
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, raw]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      parameters: raw.parameters ?? [],
      bodyTypes: Object.fromEntries(Object.entries(raw.requestBody?.content ?? {}).map(([type, c]) => [type, c.schema])),
      isBodyRequired: raw.requestBody?.required ?? false,
      responses: Object.fromEntries(
        Object.entries(raw.responses).map(([status, r]) => [
          status,
          Object.fromEntries(Object.entries(r.content ?? {}).map(([t, c]) => [t, c.schema])),
        ]),
      ),
    })),
  );
}

function resolverFor(document: OpenApiDocument): (ref: string) => SchemaObject {
  return (ref) => {
    const name = ref.replace('#/components/schemas/', '');
    const schema = document.components.schemas[name];
    if (!schema) throw new Error(`unknown schema ${ref}`);
    return schema;
  };
}

/** Validators for documented response bodies; the whole document is one schema so `$ref`s resolve. */
function responseValidators(
  document: OpenApiDocument,
): (operation: Operation, status: string, type: string) => ValidateFunction | undefined {
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ ...(withoutNullable(document) as object), $id: 'openapi' });
  const cache = new Map<string, ValidateFunction>();
  const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  return (operation, status, type) => {
    if (!operation.responses[status]?.[type]) return undefined;
    const ref = `openapi#/paths/${pointer(operation.path)}/${operation.method.toLowerCase()}/responses/${status}/content/${pointer(type)}/schema`;
    if (!cache.has(ref)) cache.set(ref, ajv.compile({ $ref: ref }));
    return cache.get(ref);
  };
}

/**
 * OpenAPI 3.0's `nullable` as JSON Schema: `@nestjs/swagger` puts it beside `allOf` without a
 * `type`, where ajv's own `nullable` support refuses it.
 */
function withoutNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutNullable);
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const converted = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, withoutNullable(v)]));
  return nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}

function describeRequest(request: FuzzRequest, origin?: string): string {
  const body =
    request.body === undefined
      ? ''
      : ` body(${request.headers['content-type']}, ${request.body.length} chars)=${JSON.stringify(request.body.slice(0, 200))}`;
  return `${request.method} ${request.url.slice(0, 300)} as ${request.actor}, csrf ${request.csrf}${origin ? `, Origin ${origin}` : ''}${body}`;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const operations = operationsOf(options.document);
  const resolve = resolverFor(options.document);
  const validatorFor = responseValidators(options.document);
  const report: FuzzReport = {
    seed: options.seed,
    requests: 0,
    elapsedMs: 0,
    operations: operations.length,
    byStatusClass: {},
    byMode: {},
    byActor: {},
    reached2xx: 0,
    slowestMs: 0,
    findings: [],
  };
  const reached = new Set<string>();
  const started = Date.now();
  const refreshEvery = options.refreshEvery ?? 250;
  let ids = await options.loadIds();
  let arbitraries = new Map(operations.map((op) => [op.key, requestArbitrary(op, resolve, ids)]));
  // Every operation in turn, in an order fixed by the seed, so a short run covers them all.
  const order = fc.sample(fc.shuffledSubarray(operations, { minLength: operations.length, maxLength: operations.length }), {
    seed: options.seed,
    numRuns: 1,
  })[0];
  let next = 0;

  const sendOne = async (index: number): Promise<void> => {
    const operation = order[index % order.length];
    const [request] = fc.sample(arbitraries.get(operation.key)!, { seed: options.seed + index, numRuns: 1 });
    const isLogout = operation.key === 'POST /api/v1/auth/logout';
    const session = isLogout ? options.spareSessions[request.actor]?.pop() : options.sessions[request.actor];
    const headers: Record<string, string> = { ...request.headers, accept: 'application/json' };
    if (session) headers.cookie = session.cookie;
    if (session && request.csrf !== 'none') headers['x-csrf-token'] = request.csrf === 'token' ? session.csrfToken : 'x'.repeat(43);
    if (request.origin) headers.origin = request.origin;
    const sentAt = Date.now();
    let answer: { status: number; type: string; text: string };
    try {
      const response = await fetch(options.baseUrl + request.url, {
        method: request.method,
        headers,
        body: request.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(ABORT_MS),
      });
      answer = {
        status: response.status,
        type: (response.headers.get('content-type') ?? '').split(';')[0].trim(),
        text: await response.text(),
      };
    } catch (error) {
      report.findings.push({
        kind: 'hang',
        operation: operation.key,
        status: 0,
        detail: `no answer: ${String(error)}`,
        request: describeRequest(request, request.origin),
      });
      return;
    } finally {
      report.requests++;
      report.byMode[request.mode] = (report.byMode[request.mode] ?? 0) + 1;
      report.byActor[request.actor] = (report.byActor[request.actor] ?? 0) + 1;
    }
    const { status, type, text } = answer;
    const ms = Date.now() - sentAt;
    report.slowestMs = Math.max(report.slowestMs, ms);
    const statusClass = `${Math.floor(status / 100)}xx`;
    report.byStatusClass[statusClass] = (report.byStatusClass[statusClass] ?? 0) + 1;
    if (status >= 200 && status < 300) reached.add(operation.key);
    const finding = (kind: FindingKind, detail: string) =>
      report.findings.push({ kind, operation: operation.key, status, detail, request: describeRequest(request, request.origin) });
    if (status >= 500) finding('5xx', text.slice(0, 300));
    if (ms > HANG_MS) finding('hang', `answered in ${ms} ms`);
    const documented = operation.responses[String(status)];
    if (!documented && !isTransportLimit(status, request)) {
      if (status < 500) finding('undocumented status', text.slice(0, 300));
      return;
    }
    if (!documented || Object.keys(documented).length === 0) return;
    if (!(type in documented)) {
      finding('schema violation', `content type ${type || '(none)'}, documented ${Object.keys(documented).join(', ')}`);
      return;
    }
    if (type === 'application/x-ndjson') {
      // One JSON document per line; the schema documents the paged JSON answer, not the stream.
      const broken = text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .find((line) => !isJson(line));
      if (broken !== undefined) finding('schema violation', `an NDJSON line is not JSON: ${broken.slice(0, 100)}`);
      return;
    }
    // A binary body (the search index, application/octet-stream) has no JSON to check: its
    // documented content type, checked above, is what the document promises.
    if (!type.includes('json')) return;
    const validate = validatorFor(operation, String(status), type);
    if (!validate) return;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      finding('schema violation', `not JSON: ${text.slice(0, 100)}`);
      return;
    }
    if (!validate(body)) finding('schema violation', JSON.stringify(validate.errors?.slice(0, 3)));
  };

  const worker = async () => {
    while (next < options.requests && Date.now() - started < options.timeLimitMs) {
      const index = next++;
      if (index > 0 && index % refreshEvery === 0) {
        ids = await options.loadIds();
        arbitraries = new Map(operations.map((op) => [op.key, requestArbitrary(op, resolve, ids)]));
      }
      await sendOne(index);
      options.onProgress?.(report.requests);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  report.elapsedMs = Date.now() - started;
  report.reached2xx = reached.size;
  return report;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Answers HTTP itself gives, which no operation documents: 415 for a content type the operation
 * does not declare, 431 from Node for a request line and headers past 16 KiB (docs/operations.md).
 */
function isTransportLimit(status: number, request: FuzzRequest): boolean {
  if (status === 415) return request.isUndeclaredType;
  if (status === 431) return request.url.length > 16 * 1024 - 512;
  return false;
}

/** The report as printed by `npm run fuzz` and by the Jest test when it fails. */
export function formatReport(report: FuzzReport): string {
  const count = (kind: FindingKind) => report.findings.filter((f) => f.kind === kind).length;
  const lines = [
    `fuzz: ${report.requests} requests in ${(report.elapsedMs / 1000).toFixed(1)} s (seed ${report.seed}), ${report.operations} operations, ${report.reached2xx} of them answered 2xx at least once`,
    `  by status: ${Object.entries(report.byStatusClass)
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; slowest ${report.slowestMs} ms`,
    `  by mode: ${Object.entries(report.byMode)
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; by actor: ${Object.entries(report.byActor)
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `  5xx: ${count('5xx')}, hangs (> ${HANG_MS} ms): ${count('hang')}, schema violations: ${count('schema violation')}, undocumented statuses: ${count('undocumented status')}`,
  ];
  // One example per kind, operation and status: a thousand copies of one bug say no more than one.
  const seen = new Map<string, { finding: Finding; times: number }>();
  for (const finding of report.findings) {
    const key = `${finding.kind} ${finding.operation} ${finding.status}`;
    const entry = seen.get(key);
    if (entry) entry.times++;
    else seen.set(key, { finding, times: 1 });
  }
  for (const [key, { finding, times }] of seen) {
    lines.push(`  - ${key} (${times}×): ${finding.detail.slice(0, 300)}`, `      ${finding.request}`);
  }
  return lines.join('\n');
}

export function hasFailures(report: FuzzReport): boolean {
  return report.findings.length > 0;
}
