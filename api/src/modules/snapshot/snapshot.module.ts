import { Module } from '@nestjs/common';
import { SearchIndexService } from './search-index.service.js';
import { SnapshotController } from './snapshot.controller.js';
import { SnapshotRepository } from './snapshot.repository.js';
import { SnapshotService } from './snapshot.service.js';

/** The offline snapshot of every published listing and its change feed (docs/offline.md). */
@Module({ controllers: [SnapshotController], providers: [SnapshotService, SnapshotRepository, SearchIndexService] })
export class SnapshotModule {}
