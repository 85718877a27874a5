// An import's report and unpacking stay bounded whatever the file: the first 100 rejections are
// listed with the whole count, and a zip that promises more than its caps is refused unopened.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import request from 'supertest';
import { ZIP_MAX_ENTRIES } from '../src/modules/hsds/import/hsds-input.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const TOKEN = 'test-import-token-0123456789';
let api: TestApp;
beforeAll(async () => {
  api = await startTestApp({ IMPORT_TOKEN: TOKEN });
});
afterAll(async () => {
  await api.close();
});

const post = (body: string | Buffer, type: string) =>
  request(api.url).post('/api/v1/imports/hsds').set('authorization', `Bearer ${TOKEN}`).set('content-type', type).send(body);

describe('import limits', () => {
  it('5,000 broken NDJSON lines: a report of the first 100 rejections and the whole count', async () => {
    const response = await post('not json\n'.repeat(5000), 'application/x-ndjson').expect(200);
    expect(response.body).toMatchObject({ received: 5000, rejected: 5000, created: 0 });
    expect(response.body.rejections).toHaveLength(100);
    expect(response.text.length).toBeLessThan(20_000);
  });

  it('a zip with more CSV files than a package has is refused, naming the body', async () => {
    const files = Object.fromEntries(Array.from({ length: ZIP_MAX_ENTRIES + 1 }, (_, i) => [`t${i}.csv`, strToU8('id\n')]));
    const response = await post(Buffer.from(zipSync({ ...files, 'datapackage.json': strToU8('{}') })), 'application/zip').expect(400);
    expect(response.body.errors).toEqual([{ name: 'body', in: 'body', reason: `holds more than ${ZIP_MAX_ENTRIES} files` }]);
  });

  it('a zip bomb (a small zip that unpacks to 300 MiB) is refused before it is unpacked', async () => {
    const zeros = new Uint8Array(300 * 1024 * 1024);
    const bomb = Buffer.from(zipSync({ 'service.csv': zeros, 'datapackage.json': strToU8('{}') }, { level: 9 }));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const response = await post(bomb, 'application/zip').expect(400);
    expect(response.body.errors[0]).toMatchObject({ name: 'body', reason: expect.stringMatching(/unpacks to more than/) });
    // Compressing 300 MiB here takes a while on a loaded machine.
  }, 120_000);
});
