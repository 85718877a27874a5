// Migrations in the order they run. Generated ones are read, named `<timestamp>-<VerbNoun>.ts`,
// and never edited after they land: `npm run migration:generate --workspace api -- <VerbNoun>`.
import { CreateExtensions1795462000000 } from './1795462000000-CreateExtensions.js';

import { CreateSchema1795462386603 } from './1795462386603-CreateSchema.js';

export const MIGRATIONS = [CreateExtensions1795462000000, CreateSchema1795462386603];
