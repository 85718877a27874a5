import type { EntityManager } from 'typeorm';
import type { EngineName } from '../search-engine.js';

/**
 * Records that these services changed, for every search engine, inside the caller's transaction:
 * the change and its way to the index commit or roll back together.
 */
export async function enqueueSearchUpdate(manager: EntityManager, serviceIds: string[], engines: EngineName[]): Promise<void> {
  const ids = [...new Set(serviceIds)];
  if (ids.length === 0 || engines.length === 0) return;
  await manager.query(`INSERT INTO search_outbox (engine, service_id) SELECT e, s FROM unnest($1::text[]) AS e, unnest($2::uuid[]) AS s`, [
    engines,
    ids,
  ]);
}
