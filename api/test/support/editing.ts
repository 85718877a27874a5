// Helpers for the editing tests: published services of an organisation, the search outbox drained
// by hand (tests run without the worker), and the offline feed read until it shows a service.
import { expect } from '@jest/globals';
import request from 'supertest';
import type { ChangeFeedFollower } from '../../src/search/memory/change-feed-follower.js';
import { OutboxWorker } from '../../src/search/outbox/outbox-worker.js';
import { SEARCH_ENGINES, type SearchEngines } from '../../src/search/search-engines.js';
import { SearchIndexer } from '../../src/search/search-indexer.js';
import { SEARCH_FOLLOWER } from '../../src/search/search-infrastructure.module.js';
import { createUser, login, type TestSession } from './auth.js';
import { startTestApp, type TestApp } from './test-app.js';

/** Published services (of published organisations), by id; of one organisation when given. */
export async function publishedServiceIds(api: TestApp, count: number, organizationId?: string): Promise<string[]> {
  const rows = await api.db.dataSource.query<{ id: string }[]>(
    `SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id
     WHERE s.publication_state = 'published' AND o.publication_state = 'published' AND s.status = 'active' AND ($2::uuid IS NULL OR o.id = $2)
     ORDER BY s.id LIMIT $1`,
    [count, organizationId ?? null],
  );
  return rows.map((r) => r.id);
}

/** An organisation with at least `count` published services. */
export async function organizationWithServices(api: TestApp, count: number, except: string[] = []): Promise<string> {
  const [row] = await api.db.dataSource.query<{ id: string }[]>(
    `SELECT o.id FROM organization o JOIN service s ON s.organization_id = o.id
     WHERE o.publication_state = 'published' AND s.publication_state = 'published' AND s.status = 'active' AND NOT (o.id = ANY($2::uuid[]))
     GROUP BY o.id HAVING count(*) >= $1 ORDER BY o.id LIMIT 1`,
    [count, except],
  );
  return row.id;
}

export async function versionOf(api: TestApp, serviceId: string): Promise<number> {
  const [row] = await api.db.dataSource.query<{ version: number }[]>('SELECT version FROM service WHERE id = $1', [serviceId]);
  return row.version;
}

/** Applies every pending outbox row to the app's engines, as the worker would. */
export async function drainOutbox(api: TestApp): Promise<void> {
  const engines = api.app.get<SearchEngines>(SEARCH_ENGINES);
  const worker = new OutboxWorker(api.db.dataSource, new SearchIndexer(api.db.dataSource), engines.remote, {
    intervalMs: 1000,
    batchSize: 100,
  });
  await worker.drainOnce();
  // The memory engine follows the change feed on its own clock; catch up now.
  await api.app.get<ChangeFeedFollower | null>(SEARCH_FOLLOWER)?.catchUp();
}

interface FeedChange {
  id: string;
  service?: { id: string; name: string; lastVerifiedAt?: string };
}

/** The feed's cursor now: a change made later is after it. */
export async function feedCursor(api: TestApp): Promise<string> {
  let { cursor } = (await request(api.url).get('/api/v1/snapshot').expect(200)).body as { cursor: string };
  for (;;) {
    const page = (await request(api.url).get(`/api/v1/snapshot/changes?since=${cursor}&limit=1000`).expect(200)).body;
    cursor = page.cursor;
    if (!page.hasMore) return cursor;
  }
}

/** The feed's changes after `since`, read until the service shows (the feed may lag a moment). */
export async function feedChangeOf(api: TestApp, since: string, serviceId: string): Promise<FeedChange> {
  let cursor = since;
  for (let attempt = 0; attempt < 50; attempt++) {
    const page = (await request(api.url).get(`/api/v1/snapshot/changes?since=${cursor}&limit=1000`).expect(200)).body;
    const change = (page.changes as FeedChange[]).findLast((c) => c.id === serviceId);
    if (change) return change;
    cursor = page.cursor;
    if (!page.hasMore) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the feed did not show ${serviceId} within 10 s`);
}

export interface EditingWorld {
  api: TestApp;
  /** An organisation with published services, and `services` of them. */
  org: string;
  services: string[];
  moderator: TestSession;
  /** An editor who is a member of `org`. */
  editor: TestSession;
}

/** A test app with an organisation of `count` published services, its editor and a moderator, logged in. */
export async function startEditingWorld(count: number): Promise<EditingWorld> {
  const api = await startTestApp();
  const org = await organizationWithServices(api, count);
  const services = await publishedServiceIds(api, count, org);
  await createUser(api, { email: 'moderator@example.org', role: 'moderator' });
  await createUser(api, { email: 'editor@example.org', role: 'editor', organizationIds: [org] });
  return { api, org, services, moderator: await login(api, 'moderator@example.org'), editor: await login(api, 'editor@example.org') };
}

/** The response, after checking its status (with the body in the message when it differs). */
export function expectStatus(response: request.Response, status: number): request.Response {
  expect({ status: response.status, body: response.status === status ? undefined : response.body }).toEqual({ status, body: undefined });
  return response;
}
