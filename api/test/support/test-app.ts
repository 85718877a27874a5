// Starts the real HTTP application on a free port over a test database; tests talk to it with
// supertest over the network, as a client would (Fastify's inject cannot load under Jest's ESM).
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/create-app.js';
import type { ChangeFeedFollower } from '../../src/search/memory/change-feed-follower.js';
import { SEARCH_FOLLOWER } from '../../src/search/search-infrastructure.module.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: NestFastifyApplication;
  /** Base URL, e.g. `http://127.0.0.1:43121`. */
  url: string;
  db: TestDatabase;
  close(): Promise<void>;
}

/** `env`: configuration on top of the test defaults, e.g. `{ MEILI_URL: … }`. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase(env);
  const app = await createApp(db.config, db, { serveStaticFiles: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('The test server has no TCP address');
  // Searches answer 503 until the memory index is built: tests start once it is.
  await app.get<ChangeFeedFollower | null>(SEARCH_FOLLOWER)?.built;
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    db,
    // Closing the app closes the database through the shutdown hook; then drop the copy.
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
