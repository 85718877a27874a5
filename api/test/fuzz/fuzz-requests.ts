// Requests for one operation of the OpenAPI document, as fast-check arbitraries: path, query and
// body from the documented schemas (valid, boundary or hostile), sent as anonymous, editor,
// moderator or admin, with the session's CSRF token, without it, or with a wrong one.
import fc from 'fast-check';
import { HOSTILE_STRINGS, type Mode, type Resolve, type SchemaObject, schemaArbitrary } from './schema-arbitrary.js';

export const ACTORS = ['anonymous', 'editor', 'moderator', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: SchemaObject;
}

export interface Operation {
  /** `GET /api/v1/services/{id}` */
  key: string;
  method: string;
  path: string;
  parameters: Parameter[];
  /** Content types the body may have, with their schema. */
  bodyTypes: Record<string, SchemaObject | undefined>;
  isBodyRequired: boolean;
  /** Documented statuses, each with its content types and their schema. */
  responses: Record<string, Record<string, SchemaObject | undefined>>;
}

export interface FuzzRequest {
  operation: Operation;
  actor: Actor;
  mode: Mode;
  csrf: 'token' | 'none' | 'wrong';
  method: string;
  /** Path and query, e.g. `/api/v1/search?q=x`. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** The content type was not one the operation declares (415 is then its documented answer). */
  isUndeclaredType: boolean;
}

/** Ids that exist, by the path segment before the parameter (`services`, `revisions`, …). */
export type IdPools = Record<string, string[]>;

/** Bodies no schema produces: broken JSON, 10,000 levels of nesting, JSON of the wrong shape. */
const RAW_BODIES: readonly string[] = [
  '{',
  '',
  'null',
  '"text"',
  '[]',
  '[1,2,3]',
  '{"a":1,"a":2}',
  '['.repeat(10_000) + ']'.repeat(10_000),
  '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
  '{"email":"\\ud800@example.be","password":"\\u0000"}',
];

const OTHER_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml'];

/** Lone surrogates cannot be percent-encoded as UTF-8; send them as the bytes a broken client would. */
function encodeSegment(value: string): string {
  return value
    .replace(/[\ud800-\udfff]/g, (c, offset: number, all: string) => {
      const code = c.charCodeAt(0);
      const isPair = code < 0xdc00 ? /[\udc00-\udfff]/.test(all[offset + 1] ?? '') : /[\ud800-\udbff]/.test(all[offset - 1] ?? '');
      return isPair ? c : '\uFFFD';
    })
    .split('\uFFFD')
    .map(encodeURIComponent)
    .join('%ED%A0%80');
}

function pathValue(segment: string, ids: IdPools, mode: Mode): fc.Arbitrary<string> {
  const pool = ids[segment] ?? [];
  const known = pool.length > 0 ? fc.constantFrom(...pool) : fc.uuid();
  if (mode === 'valid') return fc.oneof({ weight: 5, arbitrary: known }, { weight: 1, arbitrary: fc.uuid() });
  if (mode === 'boundary') return fc.oneof(known, fc.uuid(), fc.constantFrom('0', '-1', 'a'.repeat(300), '%20'));
  return fc.oneof(known, fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 1000 && s !== '')));
}

function queryArbitrary(parameters: Parameter[], resolve: Resolve, mode: Mode): fc.Arbitrary<[string, string][]> {
  const entries = parameters.map((p) => {
    const value = schemaArbitrary(p.schema, resolve, mode).map((v): [string, string][] =>
      Array.isArray(v) ? v.map((item) => [p.name, stringify(item)]) : v === undefined ? [] : [[p.name, stringify(v)]],
    );
    // Valid requests carry every required parameter and some optional ones.
    const isKept = p.required && mode === 'valid' ? fc.constant(true) : fc.boolean();
    return fc.tuple(isKept, value).map(([kept, pairs]) => (kept ? pairs : []));
  });
  const duplicated =
    mode === 'hostile' && parameters.length > 0
      ? fc.constantFrom(...parameters.map((p) => p.name)).map((name): [string, string][] => [
          [name, '1'],
          [name, '2'],
        ])
      : fc.constant([] as [string, string][]);
  return fc
    .tuple(
      fc.tuple(...entries),
      fc.oneof({ weight: 4, arbitrary: fc.constant([] as [string, string][]) }, { weight: 1, arbitrary: duplicated }),
    )
    .map(([lists, extra]) => [...lists.flat(), ...extra]);
}

function stringify(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

function bodyArbitrary(
  operation: Operation,
  resolve: Resolve,
  mode: Mode,
): fc.Arbitrary<{ type?: string; body?: string; isUndeclaredType: boolean }> {
  const declared = Object.keys(operation.bodyTypes);
  if (declared.length === 0) {
    // Fetch sends no body with GET; a stray body on a write must be ignored or refused.
    return mode === 'hostile' && operation.method !== 'GET'
      ? fc.oneof(
          fc.constant({ isUndeclaredType: false }),
          fc.constant({ type: 'application/json', body: '{"x":1}', isUndeclaredType: false }),
        )
      : fc.constant({ isUndeclaredType: false });
  }
  const jsonSchema = operation.bodyTypes['application/json'];
  const json = jsonSchema
    ? schemaArbitrary(jsonSchema, resolve, mode).map((value) => ({
        type: 'application/json',
        body: JSON.stringify(value) ?? '',
        isUndeclaredType: false,
      }))
    : fc.constant({ type: declared[0], body: '', isUndeclaredType: false });
  if (mode !== 'hostile') return json;
  const raw = fc.constantFrom(...RAW_BODIES).map((body) => ({ type: 'application/json', body, isUndeclaredType: false }));
  const otherType = fc.tuple(fc.constantFrom(...OTHER_TYPES.filter((t) => !declared.includes(t.split(';')[0]))), json).map(([type, j]) => ({
    type,
    body: type.startsWith('application/x-www-form') ? 'email=a%40b.be&password=x' : (j.body ?? ''),
    isUndeclaredType: true,
  }));
  return fc.oneof({ weight: 6, arbitrary: json }, { weight: 2, arbitrary: raw }, { weight: 1, arbitrary: otherType });
}

/** One request for `operation`; `ids` supplies existing ids for path parameters. */
export function requestArbitrary(
  operation: Operation,
  resolve: Resolve,
  ids: IdPools,
): fc.Arbitrary<Omit<FuzzRequest, 'headers'> & { headers: Record<string, string>; origin?: string }> {
  const modes = fc.constantFrom<Mode>('valid', 'valid', 'valid', 'boundary', 'hostile', 'hostile');
  return modes.chain((mode) => {
    const pathParams = operation.parameters.filter((p) => p.in === 'path');
    const segments = operation.path.split('/');
    const pathValues = fc.tuple(
      ...pathParams.map((p) =>
        pathValue(segments[segments.indexOf(`{${p.name}}`) - 1] ?? '', ids, mode).map((v): [string, string] => [p.name, v]),
      ),
    );
    return fc
      .record({
        actor: fc.constantFrom(...ACTORS),
        csrf:
          mode === 'valid'
            ? fc.constantFrom<FuzzRequest['csrf']>('token', 'token', 'token', 'none')
            : fc.constantFrom<FuzzRequest['csrf']>('token', 'none', 'wrong'),
        origin: fc.constantFrom(undefined, undefined, undefined, 'https://evil.example'),
        path: pathValues,
        query: queryArbitrary(
          operation.parameters.filter((p) => p.in === 'query'),
          resolve,
          mode,
        ),
        body: bodyArbitrary(operation, resolve, mode),
      })
      .map(({ actor, csrf, origin, path, query, body }) => {
        let url = operation.path;
        for (const [name, value] of path) url = url.replace(`{${name}}`, encodeSegment(value));
        if (query.length > 0) url += `?${query.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`).join('&')}`;
        const headers: Record<string, string> = {};
        if (body.type) headers['content-type'] = body.type;
        return {
          operation,
          actor,
          mode,
          csrf,
          origin,
          method: operation.method,
          url,
          headers,
          body: body.body,
          isUndeclaredType: body.isUndeclaredType,
        };
      });
  });
}
