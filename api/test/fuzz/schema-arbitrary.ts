// Values for an OpenAPI 3.0 schema as fast-check arbitraries: valid values (as documented),
// boundary values (at and just past each documented limit) and hostile values (what an attacker or
// a broken client sends: NUL bytes, lone surrogates, impossible dates, wrong types, huge strings).
import fc from 'fast-check';

export interface SchemaObject {
  $ref?: string;
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  example?: unknown;
  default?: unknown;
}

export type Mode = 'valid' | 'boundary' | 'hostile';

/** Resolves `#/components/schemas/X` against the document. */
export type Resolve = (ref: string) => SchemaObject;

/** Strings that broke, or could break, a parser, a database driver or a URL builder. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '2026-02-31',
  '2026-13-01',
  '0000-00-00',
  '24:00',
  '25:61',
  '99999-01-01T00:00:00Z',
  'javascript:alert(1)',
  "' OR 1=1 --",
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '\u202e\u0661\u0662\u0663',
  '😀'.repeat(300),
  'x'.repeat(70_000),
  'NaN',
  '-0',
  '1e999',
  '0x10',
  '9'.repeat(40),
  '__proto__',
  'constructor',
  'null',
  'true',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '\t\r\n',
];

/** Values of the wrong type, or at the edges of what JSON can hold. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 53 + 2,
  -(2 ** 31) - 1,
  1e308,
  -1e308,
  [],
  [null],
  {},
  JSON.parse('{"__proto__":{"polluted":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
  nestedArrays(60),
];

function nestedArrays(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

const hostileLeaf = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_VALUES),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const dates = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true });

function stringArbitrary(schema: SchemaObject, mode: Mode): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Math.max(min, 40);
  if (mode === 'boundary') {
    const edges = [min, max, max + 1, Math.max(0, min - 1)].map((length) => 'ä'.repeat(length));
    return fc.constantFrom(...edges, '', ' '.repeat(min + 1));
  }
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date':
      return dates.map(isoDate);
    case 'date-time':
      return dates.map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
    default: {
      const text = fc.string({ minLength: min, maxLength: max, unit: 'grapheme' });
      return schema.example !== undefined && typeof schema.example === 'string' ? fc.oneof(fc.constant(schema.example), text) : text;
    }
  }
}

function numberArbitrary(schema: SchemaObject, mode: Mode): fc.Arbitrary<number> {
  const isInteger = schema.type === 'integer';
  const min = schema.minimum ?? (isInteger ? -1000 : -1000);
  const max = schema.maximum ?? Math.max(min + 1000, 1000);
  if (mode === 'boundary') return fc.constantFrom(min, max, min - 1, max + 1, min + 0.5, 0);
  const base = isInteger
    ? fc.integer({ min, max })
    : fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.double({ min, max, noNaN: true }));
  return schema.example !== undefined && typeof schema.example === 'number' ? fc.oneof(fc.constant(schema.example), base) : base;
}

/**
 * An arbitrary for `schema`. In `hostile` mode the documented shape is kept, but any leaf may be
 * replaced by a hostile value; `boundary` keeps types and picks the edges of each limit.
 */
export function schemaArbitrary(schema: SchemaObject, resolve: Resolve, mode: Mode, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return schemaArbitrary(resolve(schema.$ref), resolve, mode, depth);
  if (schema.allOf)
    return schemaArbitrary(Object.assign({}, ...schema.allOf.map((s) => (s.$ref ? resolve(s.$ref) : s))), resolve, mode, depth);
  const valid = shapedArbitrary(schema, resolve, mode, depth);
  const nullable = schema.nullable ? fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: fc.constant(null) }) : valid;
  if (mode !== 'hostile' || schema.type === 'object' || schema.type === 'array') return nullable;
  return fc.oneof({ weight: 2, arbitrary: nullable }, { weight: 1, arbitrary: hostileLeaf });
}

function shapedArbitrary(schema: SchemaObject, resolve: Resolve, mode: Mode, depth: number): fc.Arbitrary<unknown> {
  if (schema.oneOf) return fc.oneof(...schema.oneOf.map((s) => schemaArbitrary(s, resolve, mode, depth)));
  if (schema.enum) {
    const values = fc.constantFrom(...schema.enum);
    return mode === 'valid' ? values : fc.oneof(values, fc.constantFrom('', 'UNKNOWN', String(schema.enum[0]).toUpperCase()));
  }
  switch (schema.type) {
    case 'string':
      return stringArbitrary(schema, mode);
    case 'number':
    case 'integer':
      return numberArbitrary(schema, mode);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = schema.items ? schemaArbitrary(schema.items, resolve, mode, depth + 1) : fc.anything({ maxDepth: 1 });
      return fc.array(items, { maxLength: depth > 2 ? 1 : mode === 'boundary' ? 30 : 4 });
    }
    case 'object':
    case undefined: {
      if (!schema.properties)
        return depth > 3 ? fc.constant({}) : fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 });
      const required = new Set(schema.required ?? []);
      const record = fc.record(
        Object.fromEntries(Object.entries(schema.properties).map(([name, s]) => [name, schemaArbitrary(s, resolve, mode, depth + 1)])),
        // Valid requests carry every required field; the other modes may drop one.
        { requiredKeys: mode === 'valid' ? [...required] : [] },
      );
      if (mode !== 'hostile') return record;
      // An unknown property, which the whitelisting validation must refuse by name.
      return fc.oneof({ weight: 4, arbitrary: record }, { weight: 1, arbitrary: record.map((r) => ({ ...r, unexpectedField: 'x' })) });
    }
  }
}
