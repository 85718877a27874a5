// `npm start`: validate the configuration, open (or start) PostgreSQL, migrate, seed, serve.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigValidationError, LOG_LEVELS, loadConfig } from './config/app-config.js';
import { createApp } from './create-app.js';
import { openDatabase } from './database/open-database.js';

async function bootstrap(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  Logger.overrideLogger(LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1));
  const logger = new Logger('Bootstrap');
  const database = await openDatabase(config, {
    seedDemo: config.seedDemoData,
    log: (message) => (message.startsWith('postgres: ') ? logger.debug(message) : logger.log(message)),
  });
  try {
    const app = await createApp(config, database);
    await app.listen({ port: config.http.port, host: config.http.host });
  } catch (error) {
    // Do not leave the embedded PostgreSQL running behind a failed start.
    await database.close();
    throw error;
  }
  const host = config.http.host === '0.0.0.0' ? 'localhost' : config.http.host;
  logger.log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  logger.log(`Sociale Kaart Antwerpen: http://${host}:${config.http.port}/  (API docs: http://${host}:${config.http.port}/api/docs)`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigValidationError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
