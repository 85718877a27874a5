import { readFile } from 'node:fs/promises';
import { expect, it } from '@jest/globals';
import { fromRepoRoot } from '../src/config/paths.js';
import { generateOpenApiDocument, OPENAPI_FILE, serializeOpenApi } from '../src/openapi.js';

it('the committed OpenAPI document matches the code (else run `npm run openapi --workspace api`)', async () => {
  const committed = await readFile(fromRepoRoot(OPENAPI_FILE), 'utf8');
  const generated = serializeOpenApi(await generateOpenApiDocument());
  expect(JSON.parse(committed)).toEqual(JSON.parse(generated));
  expect(Object.keys(JSON.parse(generated).paths)).toContain('/api/v1/services/{id}');
});
