import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { CONFIG_DESCRIPTIONS, ConfigValidationError, loadConfig } from './app-config.js';
import { fromRepoRoot, REPO_ROOT } from './paths.js';

describe('loadConfig', () => {
  it('has a default for everything', () => {
    const config = loadConfig({});
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3000, trustedProxies: [], tileOrigin: 'https://tile.openstreetmap.org' });
    expect(config.database.url).toBeUndefined();
    expect(config.database.embedded.dataDir).toBe(fromRepoRoot('.data/postgres'));
    expect(config.seedDemoData).toBe(true);
    expect(config.dataDir).toBe(fromRepoRoot('data'));
  });

  it('converts and resolves what it is given', () => {
    const config = loadConfig({
      PORT: '8080',
      SEED_DEMO_DATA: 'false',
      DATABASE_URL: 'postgres://u:p@db:5432/sk',
      DATA_DIR: '/srv/reference-data',
    });
    expect(config.http.port).toBe(8080);
    expect(config.seedDemoData).toBe(false);
    expect(config.database.url).toBe('postgres://u:p@db:5432/sk');
    expect(config.dataDir).toBe('/srv/reference-data');
  });

  it('reads TRUSTED_PROXIES as a list and refuses what is no address or range', () => {
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.2, 172.16.0.0/12,uniquelocal' }).http.trustedProxies).toEqual([
      '10.0.0.2',
      '172.16.0.0/12',
      'uniquelocal',
    ]);
    expect(loadConfig({ TRUSTED_PROXIES: '' }).http.trustedProxies).toEqual([]);
    expect(() => loadConfig({ TRUSTED_PROXIES: 'true' })).toThrow(ConfigValidationError);
  });

  it('refuses production without SMTP_URL: mail links would otherwise be logged', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SMTP_URL/);
    expect(loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org:587' }).mail.smtpUrl).toBe(
      'smtp://mail.example.org:587',
    );
    expect(loadConfig({ NODE_ENV: 'development' }).mail.smtpUrl).toBeUndefined();
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).database.url).toBeUndefined();
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NODE_ENV: 'staging', DATABASE_URL: 'mysql://x', SEED_DEMO_DATA: 'perhaps', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const problems = (error as ConfigValidationError).problems.map((p) => p.split('=')[0]).sort();
    expect(problems).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'NODE_ENV', 'PORT', 'SEED_DEMO_DATA']);
    expect((error as Error).message).toContain('PORT="eighty"');
  });

  it('refuses the retired PostgreSQL engine with the reason, and any other unknown engine', () => {
    expect(() => loadConfig({ SEARCH_ENGINE: 'postgres' })).toThrow(
      /SEARCH_ENGINE="postgres": must be memory: the PostgreSQL full-text engine was retired/,
    );
    expect(() => loadConfig({ SEARCH_ENGINE: 'elastic' })).toThrow(/SEARCH_ENGINE="elastic"/);
    expect(loadConfig({ SEARCH_ENGINE: 'memory' }).search.memoryIndex).toBe(true);
  });

  it('lets SEARCH_MEMORY_INDEX=false switch the memory index off only when Meilisearch is there', () => {
    expect(() => loadConfig({ SEARCH_MEMORY_INDEX: 'false' })).toThrow(/SEARCH_MEMORY_INDEX=false: needs MEILI_URL/);
    const config = loadConfig({ SEARCH_MEMORY_INDEX: 'false', MEILI_URL: 'http://127.0.0.1:7701' });
    expect(config.search.memoryIndex).toBe(false);
    expect(() => loadConfig({ SEARCH_MEMORY_INDEX: 'sometimes' })).toThrow(/SEARCH_MEMORY_INDEX="sometimes"/);
  });

  it('is documented in the README, every variable with its default', async () => {
    const readme = await readFile(`${REPO_ROOT}/README.md`, 'utf8');
    for (const name of Object.keys(CONFIG_DESCRIPTIONS)) {
      expect(readme).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
    }
  });
});
