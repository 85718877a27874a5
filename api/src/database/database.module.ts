import { type DynamicModule, Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { OpenDatabase } from './open-database.js';

export const OPEN_DATABASE = Symbol('OPEN_DATABASE');

class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(private readonly database: OpenDatabase) {}

  /** Closes the pool and stops the embedded PostgreSQL this process started, so none is orphaned. */
  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

/** Hands the data source opened (and migrated) at boot to TypeORM's Nest integration. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(database: OpenDatabase): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => database.dataSource.options,
          dataSourceFactory: () => Promise.resolve(database.dataSource),
        }),
      ],
      providers: [
        { provide: OPEN_DATABASE, useValue: database },
        { provide: DatabaseLifecycle, useFactory: () => new DatabaseLifecycle(database) },
      ],
      exports: [OPEN_DATABASE],
    };
  }
}
