// Our HSDS profile: what this social map adds to HSDS 3.0, written as JSON merge patches (RFC 7396)
// on the official schemas and OpenAPI document, which are read from DATA_DIR at runtime.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PROFILE_NAME = 'sociale-kaart-antwerpen';

const translations = (fields: string[]) => ({
  type: 'object',
  title: 'Translations',
  description:
    'Our profile: translations of the text fields, by ISO 639 language code (fr, en, ar, tr, …); the base fields are Dutch. ' +
    'E.g. { "fr": { "name": "…", "description": "…" } }.',
  additionalProperties: {
    type: 'object',
    properties: Object.fromEntries(fields.map((field) => [field, { type: 'string' }])),
  },
});

const verification = {
  last_verified_at: {
    type: 'string',
    format: 'date-time',
    description: 'Our profile: when someone last confirmed that this listing is still correct.',
  },
  last_verified_by: { type: 'string', description: 'Our profile: who confirmed it.' },
};

/** JSON merge patches on `schema/<file>`: each adds properties; none removes or tightens an HSDS rule. */
export const SCHEMA_PATCHES: Record<string, Record<string, unknown>> = {
  'service.json': {
    properties: {
      translations: translations([
        'name',
        'alternate_name',
        'description',
        'application_process',
        'fees_description',
        'eligibility_description',
        'interpretation_services',
        'wait_time',
        'alert',
      ]),
      ...verification,
      publication_state: {
        type: 'string',
        enum: ['draft', 'published', 'archived'],
        description:
          'Our profile, on import only: the publication state of a service the import creates (default `published`). An update keeps the state the service has; it is never served.',
      },
    },
  },
  'organization.json': {
    properties: {
      translations: translations(['name', 'alternate_name', 'description']),
      is_public_sector: {
        type: 'boolean',
        description:
          'Our profile: a public-sector body (city, OCMW, Flemish government), closed on public-sector days such as 11 July, not only on legal holidays.',
      },
      is_demo: {
        type: 'boolean',
        description: 'Our profile: a fictional demo listing (data/demo), to be marked as such wherever it is shown.',
      },
      ...verification,
    },
  },
  'location.json': {
    properties: {
      district_id: {
        type: 'string',
        description: 'Our profile: the Antwerp district the coordinates lie in (id as in data/geo, e.g. `borgerhout`). Derived on import.',
      },
      wijk_id: {
        type: 'string',
        description: 'Our profile: the Antwerp wijk the coordinates lie in (e.g. `11002Z09`). Derived on import.',
      },
    },
  },
  'service_area.json': {
    properties: {
      uri: {
        description:
          'Our profile: `urn:antwerpen:stad` (the whole city), `urn:antwerpen:district:<district id>`, `urn:antwerpen:wijk:<wijk id>` ' +
          'or `urn:antwerpen:postcode:<postcode>`. A service without a service area serves the whole city.',
      },
    },
  },
  'taxonomy_term.json': {
    properties: {
      taxonomy: {
        description:
          'Our profile: `levensdomein` (life domains), `doelgroep` (target groups) or `toegang` (access: `zonder-afspraak` = walk-in, ' +
          '`rolstoeltoegankelijk` = wheelchair accessible, `open-op-feestdagen` = open on Belgian legal holidays). Other taxonomies are kept and shown.',
      },
      code: { description: 'Our profile: the code in data/reference (e.g. `inkomen/schuldhulp`).' },
      labels: { type: 'object', description: 'Our profile: the term name by language code.', additionalProperties: { type: 'string' } },
    },
  },
  'attribute.json': {
    properties: { label: { type: 'string', description: 'Our profile: a free label of the link.' } },
  },
  'schedule.json': {
    properties: {
      opens_at: { description: 'Our profile: wall-clock time in Europe/Brussels, `HH:MM:SS` without `Z`.' },
      closes_at: { description: 'Our profile: as `opens_at`; earlier than `opens_at` runs past midnight.' },
    },
  },
  'cost_option.json': {
    properties: {
      amount: {
        description: 'Our profile: a service is free when it has cost options and every amount is 0; without any, its cost is unknown.',
      },
    },
  },
};

/** The patch on the OpenAPI document: who we are, and where our API lives. */
export function openApiPatch(baseUrl: string): Record<string, unknown> {
  return {
    info: {
      title: 'Sociale Kaart Antwerpen: HSDS 3.0 API',
      version: '3.0',
      summary: 'The social map of Antwerp as Open Referral HSDS 3.0, with the sociale-kaart-antwerpen profile.',
      description:
        'Published services of the social map of Antwerp. Open to all (CORS `*`), no key. Absent values are left out. ' +
        'Profile: see `/hsds/profile`.',
      contact: { name: 'Sociale Kaart Antwerpen', url: `${baseUrl}/` },
      license: { name: 'HSDS: CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
    },
    servers: [{ url: `${baseUrl}/hsds` }],
  };
}

/** RFC 7396: objects merge key by key, `null` removes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const result: Record<string, unknown> =
    typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/** The profile document served at /hsds/profile. */
export function profileDocument(baseUrl: string): Record<string, unknown> {
  return {
    name: PROFILE_NAME,
    title: 'Sociale Kaart Antwerpen HSDS profile',
    hsds_version: '3.0',
    description:
      'HSDS 3.0 plus: translations of text fields, Antwerp district and wijk ids on service areas and locations, the life-domain, ' +
      'target-group and access taxonomies, verification, is_public_sector, is_demo, and publication_state on import. Each entry is a JSON merge patch (RFC 7396) on the file of ' +
      'the same name in https://github.com/openreferral/specification/tree/3.0/schema; `openapi` patches schema/openapi.json.',
    openapi_url: `${baseUrl}/hsds/openapi.json`,
    schema: SCHEMA_PATCHES,
    openapi: openApiPatch(baseUrl),
  };
}

/** The official OpenAPI document with our patch applied. */
export async function profiledOpenApi(dataDir: string, baseUrl: string): Promise<unknown> {
  const official = JSON.parse(await readFile(join(dataDir, 'hsds', 'openapi', 'openapi.json'), 'utf8')) as unknown;
  return mergePatch(official, openApiPatch(baseUrl));
}
