// The API and the phone run one search core (docs/search.md, "One core, two hosts"): online and
// offline answers agree because they come from the same code, not because a test compares them.
// What can still go wrong is a PWA built from another core than the API runs (a stale build, a
// deploy of one without the other). This checks that the built PWA carries the core version the
// API reports, and that the version follows the core's sources.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp, fromRepoRoot } from '@sociale-kaart/api/testing';
import { coreVersion } from '@sociale-kaart/core/version';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function builtPwaCoreVersion(): Promise<string> {
  const path = fromRepoRoot('pwa/dist/index.html');
  const html = await readFile(path, 'utf8').catch(() => {
    throw new Error(`${path} is missing: build the PWA first (npm run build --workspace pwa; npm test does it)`);
  });
  const version = /<meta name="core-version" content="([^"]+)"/.exec(html)?.[1];
  if (!version) throw new Error(`${path} has no <meta name="core-version">: it was built before the core version was added`);
  return version;
}

describe('the API and the phone run the same search core', () => {
  it('GET /api/health names the core the API runs: the current sources', async () => {
    const health = (await (await fetch(`${t.url}/api/health`)).json()) as { coreVersion: string };
    expect(health.coreVersion).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    expect(health.coreVersion).toBe(coreVersion());
  });

  it('the built PWA carries the version the API reports (a stale PWA build fails here)', async () => {
    const health = (await (await fetch(`${t.url}/api/health`)).json()) as { coreVersion: string };
    expect(await builtPwaCoreVersion()).toBe(health.coreVersion);
  });

  it('changes with any change to the core sources, not with its tests', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'core-version-'));
    try {
      await cp(fromRepoRoot('core/package.json'), join(copy, 'package.json'));
      await cp(fromRepoRoot('core/src'), join(copy, 'src'), { recursive: true });
      const original = coreVersion(copy);
      expect(original).toBe(coreVersion());
      await writeFile(join(copy, 'src/search/example.spec.ts'), 'export {};\n');
      expect(coreVersion(copy)).toBe(original);
      const synonyms = join(copy, 'src/text/synonyms.ts');
      await writeFile(synonyms, `${await readFile(synonyms, 'utf8')}\n// one more line\n`);
      expect(coreVersion(copy)).not.toBe(original);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
