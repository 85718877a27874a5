// Migrations in the order they run. Generated ones are read, named `<timestamp>-<VerbNoun>.ts`,
// and never edited after they land: `npm run migration:generate --workspace api -- <VerbNoun>`.
import { CreateExtensions1795462000000 } from './1795462000000-CreateExtensions.js';
import { CreateSchema1795465901928 } from './1795465901928-CreateSchema.js';
import { CreateSearchIndex1795465902928 } from './1795465902928-CreateSearchIndex.js';
import { CreateServiceChange1796104507734 } from './1796104507734-CreateServiceChange.js';
import { CreateFeedback1796107288679 } from './1796107288679-CreateFeedback.js';
import { CreateAccounts1796107321802 } from './1796107321802-CreateAccounts.js';
import { CreateRevisions1796109222632 } from './1796109222632-CreateRevisions.js';
import { CreateRateLimits1796610476812 } from './1796610476812-CreateRateLimits.js';
import { ClearNonWebLinks1796620000000 } from './1796620000000-ClearNonWebLinks.js';
import { CreateChangeFeedRetention1796622000000 } from './1796622000000-CreateChangeFeedRetention.js';
import { DropPostgresSearchIndex1796630000000 } from './1796630000000-DropPostgresSearchIndex.js';
import { CreateInsights1796700000000 } from './1796700000000-CreateInsights.js';

export const MIGRATIONS = [
  CreateExtensions1795462000000,
  CreateSchema1795465901928,
  CreateSearchIndex1795465902928,
  CreateServiceChange1796104507734,
  CreateFeedback1796107288679,
  CreateAccounts1796107321802,
  CreateRevisions1796109222632,
  CreateRateLimits1796610476812,
  ClearNonWebLinks1796620000000,
  CreateChangeFeedRetention1796622000000,
  DropPostgresSearchIndex1796630000000,
  CreateInsights1796700000000,
];
