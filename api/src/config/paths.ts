import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file sits at `api/{src,dist}/config/paths.{ts,js}`. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Resolves a configured path: absolute as given, relative to the repository root otherwise. */
export function fromRepoRoot(path: string): string {
  return resolve(REPO_ROOT, path);
}
