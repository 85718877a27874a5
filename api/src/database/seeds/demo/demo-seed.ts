import type { DataSource } from 'typeorm';

/** Placeholder until the demo data lands: see the demo data task. */
export async function seedDemoData(_dataSource: DataSource): Promise<{ organizations: number; services: number }> {
  return { organizations: 0, services: 0 };
}
