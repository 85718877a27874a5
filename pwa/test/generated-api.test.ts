// The PWA's API types are generated from the committed OpenAPI document, never edited by hand:
// this fails when they are out of date (fix: `npm run generate:api --workspace pwa`).
import { readFile } from 'node:fs/promises';
import { expect, it } from '@jest/globals';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { fromRepoRoot } from '@sociale-kaart/api/testing';

it('pwa/src/generated/api.ts matches api/openapi.json', async () => {
  const document = JSON.parse(await readFile(fromRepoRoot('api/openapi.json'), 'utf8'));
  const generated = COMMENT_HEADER + astToString(await openapiTS(document));
  const committed = await readFile(fromRepoRoot('pwa/src/generated/api.ts'), 'utf8');
  expect(committed).toBe(generated);
  expect(committed).toContain('"/api/v1/snapshot/changes"');
});
