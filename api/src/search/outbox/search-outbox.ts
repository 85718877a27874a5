import type { EntityManager } from 'typeorm';
import type { EngineName } from '../search-engine.js';

/**
 * Records that these services changed, for every search engine and for the offline change feed
 * (`service_change`, docs/offline.md), inside the caller's transaction: the change and its way to
 * the index and to the phones commit or roll back together. The feed row is written even without
 * engines: phones sync from it whatever indexes exist.
 */
export async function enqueueSearchUpdate(manager: EntityManager, serviceIds: string[], engines: EngineName[]): Promise<void> {
  const ids = [...new Set(serviceIds)];
  if (ids.length === 0) return;
  await manager.query('INSERT INTO service_change (service_id) SELECT unnest($1::uuid[])', [ids]);
  if (engines.length === 0) return;
  await manager.query(`INSERT INTO search_outbox (engine, service_id) SELECT e, s FROM unnest($1::text[]) AS e, unnest($2::uuid[]) AS s`, [
    engines,
    ids,
  ]);
}
