// `npm run hsds:export -- <dir>`: writes every published service as the HSDS tabular package (one
// CSV per object and datapackage.json) into <dir>, and checks it against the official tabular schema.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/app-config.js';
import { openDatabase } from '../database/open-database.js';
import { buildTabularPackage, exportServices } from '../modules/hsds/hsds-export.js';
import { HsdsSchemas } from '../modules/hsds/hsds-schemas.js';
import type { HsdsObject } from '../modules/hsds/hsds-serializer.js';

const target = process.argv[2];
if (!target || target === '--help' || target === '-h') {
  console.log('usage: npm run hsds:export -- <dir>');
  process.exit(target ? 0 : 2);
}

const config = loadConfig();
const db = await openDatabase(config, { log: (m) => m.startsWith('postgres: ') || console.log(m) });
let exitCode = 0;
try {
  const dir = resolve(process.env.INIT_CWD ?? process.cwd(), target);
  const bar = new cliProgress.SingleBar(
    { format: 'services {bar} {percentage}% | {value}/{total}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const services: HsdsObject[] = [];
  let isStarted = false;
  for await (const service of exportServices(db.dataSource, (done, total) => {
    if (!isStarted) bar.start(total, 0);
    isStarted = true;
    bar.update(done);
  })) {
    services.push(service);
  }
  bar.stop();
  const { files, tables } = await buildTabularPackage(services, config.dataDir);
  for (const [name, text] of files) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  const violations = (await HsdsSchemas.load(config.dataDir)).validate('tabular', tables);
  console.log(`wrote ${services.length} services as ${files.size} files to ${dir}`);
  console.log(
    violations.length === 0
      ? 'valid against schema/compiled/tabular.json'
      : `NOT valid: ${violations
          .slice(0, 10)
          .map((v) => `${v.path} ${v.reason}`)
          .join('; ')}`,
  );
  if (violations.length > 0) exitCode = 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await db.close();
}
process.exit(exitCode);
