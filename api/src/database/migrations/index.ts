// Migrations in the order they run. Generated ones are read, named `<timestamp>-<VerbNoun>.ts`,
// and never edited after they land: `npm run migration:generate --workspace api -- <VerbNoun>`.
import { CreateExtensions1795462000000 } from './1795462000000-CreateExtensions.js';
import { CreateSchema1795464198361 } from './1795464198361-CreateSchema.js';
import { CreateSearchIndex1795464199361 } from './1795464199361-CreateSearchIndex.js';

export const MIGRATIONS = [CreateExtensions1795462000000, CreateSchema1795464198361, CreateSearchIndex1795464199361];
