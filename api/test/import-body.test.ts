// The import's large bodies (NDJSON and zip, up to 64 MiB) are for the import route only, and only
// for someone who may import: the answer comes before the body is read, so anonymous uploads to any
// route cannot fill the server's memory. Sent by hand: headers and a first megabyte of a declared
// 60 MB body, then wait for the answer without sending the rest.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createUser, login, type TestSession } from './support/auth.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;
let editor: TestSession;
beforeAll(async () => {
  api = await startTestApp({ IMPORT_TOKEN: 'test-import-token-0123456789' });
  await createUser(api, { email: 'editor@example.org', role: 'editor' });
  editor = await login(api, 'editor@example.org');
});
afterAll(async () => {
  await api.close();
});

/** The status answered to a 60 MB upload of which only the first megabyte is sent; 0 when none comes within 5 s. */
function answerBeforeBody(path: string, type: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, api.url);
    const req = httpRequest(url, {
      method: 'POST',
      headers: { 'content-type': type, 'content-length': String(60 * 1024 * 1024), ...headers },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve(0);
    }, 5000);
    req.on('response', (response) => {
      clearTimeout(timer);
      response.resume();
      req.destroy();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    req.write(Buffer.alloc(1024 * 1024, '{"id":"x"}\n'));
  });
}

describe('large import bodies', () => {
  it('an anonymous upload to the import is refused before its body is read', async () => {
    await expect(answerBeforeBody('/api/v1/imports/hsds', 'application/x-ndjson')).resolves.toBe(401);
    await expect(
      answerBeforeBody('/api/v1/imports/hsds', 'application/zip', { authorization: 'Bearer wrong-token-0123456789' }),
    ).resolves.toBe(401);
    await expect(
      answerBeforeBody('/api/v1/imports/hsds', 'application/x-ndjson', { cookie: editor.cookie, 'x-csrf-token': editor.csrfToken }),
    ).resolves.toBe(403);
  });

  it('NDJSON or zip to any other route is a 415 before its body is read', async () => {
    await expect(answerBeforeBody('/api/v1/auth/login', 'application/x-ndjson')).resolves.toBe(415);
    await expect(answerBeforeBody(`/api/v1/services/00000000-0000-4000-8000-000000000000/feedback`, 'application/zip')).resolves.toBe(415);
  });
});
