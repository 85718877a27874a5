// The memory engine's index on disk, so a restart does not analyse every text again: the search
// documents, the core's analysed text (StoredTextIndex, as the phone keeps it in IndexedDB) and the
// change-feed position they reflect. One file per database, written atomically (temporary file,
// then rename), in Node's structured-clone format (typed arrays stay typed arrays).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { StoredTextIndex } from '@sociale-kaart/core';
import type { ChangePosition } from '../../modules/snapshot/change-cursor.js';
import type { SearchDocument } from '../search-document.js';

/** Bumped whenever the document or stored-text shape changes: an older file is ignored. */
const FORMAT = 1;

export interface IndexFileContents {
  position: ChangePosition;
  documents: SearchDocument[];
  text: StoredTextIndex;
}

export class IndexFile {
  private readonly path: string;

  constructor(
    private readonly dir: string,
    databaseName: string,
  ) {
    this.path = join(dir, `${databaseName.replace(/[^A-Za-z0-9_-]/g, '_')}.index`);
  }

  /** The stored index, or null when there is none, or it is unreadable or of another format. */
  async read(): Promise<IndexFileContents | null> {
    try {
      const stored = deserialize(await readFile(this.path)) as { format: number } & IndexFileContents;
      return stored.format === FORMAT ? stored : null;
    } catch {
      return null;
    }
  }

  async write(contents: IndexFileContents): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, serialize({ format: FORMAT, ...contents }));
    await rename(temporary, this.path);
  }
}
