// The official HSDS 3.0 JSON schemas, loaded at runtime from DATA_DIR/hsds/schema and compiled
// with ajv (draft 2020-12). Kept byte for byte as upstream publishes them (data/hsds/SOURCE.md):
// our additions are patches in hsds-profile.ts, never edits of these files.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';

// ajv-formats is CommonJS: under ESM its default export may be the module object.
type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsImport as unknown as { default?: FormatsPlugin }).default ?? addFormatsImport) as unknown as FormatsPlugin;

/** The URL the upstream OpenAPI uses for the schemas; relative `$ref`s ("attribute.json") resolve against it. */
export const HSDS_SCHEMA_BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

/**
 * The response and record types we validate. The large dereferenced `compiled/service.json`,
 * `compiled/organization.json` and `compiled/service_at_location.json` were left out of data/hsds
 * (see its SOURCE.md): the same rules come from `service_with_definitions.json` and from the
 * object schemas, which reference each other.
 */
export const HSDS_SCHEMA_FILES = {
  service: 'compiled/service_with_definitions.json',
  serviceList: 'compiled/service_list.json',
  organization: 'organization.json',
  organizationList: 'compiled/organization_list.json',
  serviceAtLocation: 'service_at_location.json',
  serviceAtLocationList: 'compiled/service_at_location_list.json',
  taxonomy: 'taxonomy.json',
  taxonomyTerm: 'taxonomy_term.json',
  tabular: 'compiled/tabular.json',
} as const;
export type HsdsSchemaName = keyof typeof HSDS_SCHEMA_FILES;

/** One broken rule of one record: where (a JSON path from the record's root) and why. */
export interface SchemaViolation {
  path: string;
  reason: string;
}

export class HsdsSchemas {
  private constructor(private readonly validators: Map<HsdsSchemaName, ValidateFunction>) {}

  static async load(dataDir: string): Promise<HsdsSchemas> {
    // strict: false, because the HSDS files carry keys of their own (`constraints`, `core`,
    // `tabular_required`, `datapackage_metadata`, `example`) to generate the tabular package and docs.
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    const root = join(dataDir, 'hsds', 'schema');
    for (const folder of ['', 'compiled/']) {
      const files = (await readdir(join(root, folder))).filter((f) => f.endsWith('.json'));
      for (const file of files) {
        const schema = JSON.parse(await readFile(join(root, folder, file), 'utf8')) as Record<string, unknown>;
        ajv.addSchema({ ...schema, $id: `${HSDS_SCHEMA_BASE}${folder}${file}` });
        // The compiled files refer to object schemas by bare name too ("funding.json"), resolved
        // against compiled/: register each object schema there as well.
        if (folder === '') ajv.addSchema({ ...schema, $id: `${HSDS_SCHEMA_BASE}compiled/${file}` });
      }
    }
    const validators = new Map<HsdsSchemaName, ValidateFunction>();
    for (const [name, file] of Object.entries(HSDS_SCHEMA_FILES) as [HsdsSchemaName, string][]) {
      const validate = ajv.getSchema(`${HSDS_SCHEMA_BASE}${file}`);
      if (!validate) throw new Error(`HSDS schema ${file} is missing from ${root}`);
      validators.set(name, validate);
    }
    return new HsdsSchemas(validators);
  }

  /** The violations of `value` against one schema; empty when it conforms. */
  validate(name: HsdsSchemaName, value: unknown): SchemaViolation[] {
    const validate = this.validators.get(name)!;
    return validate(value) ? [] : (validate.errors ?? []).map(toViolation);
  }
}

function toViolation(error: ErrorObject): SchemaViolation {
  const path = `$${error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')}`;
  const extra = error.keyword === 'required' ? ` (${(error.params as { missingProperty: string }).missingProperty})` : '';
  return { path, reason: `${error.message ?? error.keyword}${extra}` };
}
