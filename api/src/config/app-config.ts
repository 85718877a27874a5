// The one place that reads process.env. Every variable has a default and a one-line description;
// the README's configuration table lists the same (a test keeps them in step).
import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { fromRepoRoot } from './paths.js';

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
  if (['false', '0', 'no', ''].includes(value.toLowerCase())) return false;
  return value;
};
const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }): unknown => (value === '' ? undefined : value);

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

/** Descriptions of every variable, in README order. */
export const CONFIG_DESCRIPTIONS: Record<keyof EnvironmentVariables, string> = {
  NODE_ENV: '`development`, `production` or `test`.',
  HOST: 'Address the HTTP server binds to.',
  PORT: 'Port of the API and the PWA.',
  DATABASE_URL: 'PostgreSQL connection URL. Unset: start the embedded PostgreSQL.',
  EMBEDDED_PG_DATA_DIR: 'Data directory of the embedded PostgreSQL, relative to the repository root.',
  EMBEDDED_PG_PORT: 'Port of the embedded PostgreSQL (loopback only).',
  DATA_DIR:
    "Folder with the reference data (`geo/`, `reference/`, `hsds/`, `demo/`), relative to the repository root. Unset: the repository's own `data/`.",
  PWA_DIST_DIR: 'Built PWA served at `/`, relative to the repository root.',
  SEED_DEMO_DATA: 'Load the Antwerp demo listings when the database has no organisations.',
  DB_LOGGING: 'Log every SQL statement.',
  MEILI_URL: 'Meilisearch URL. Set: Meilisearch answers searches (the memory engine when it fails). Unset: the memory engine.',
  SEARCH_ENGINE:
    'Only `memory`, the default (the core index in each API process); MEILI_URL adds Meilisearch. `postgres` (the retired full-text engine) stops the start.',
  SEARCH_MEMORY_INDEX:
    'Hold the memory index in this process. `false` (only with MEILI_URL): no fallback, a search gets 503 while Meilisearch does not answer.',
  SEARCH_INDEX_DIR:
    "Folder where each API process keeps the memory engine's analysed index for a fast restart, relative to the repository root. Empty: not kept.",
  SEARCH_FOLLOW_INTERVAL_MS: 'How often the memory engine reads the change feed (`service_change`), in milliseconds.',
  MEILI_MASTER_KEY: 'Meilisearch API key (the master key or a key with search and index rights).',
  MEILI_INDEX: 'Name of the Meilisearch index.',
  SEARCH_WORKER: 'Run the worker that applies the search outbox to the engines in this process.',
  SEARCH_OUTBOX_INTERVAL_MS: 'How often the search outbox worker looks for changes, in milliseconds.',
  SEARCH_OUTBOX_BATCH_SIZE: 'Changes the worker applies per batch.',
  LOG_LEVEL: 'Most verbose log level: `error`, `warn`, `log`, `debug` or `verbose`.',
  IMPORT_TOKEN:
    'Admin token for `POST /api/v1/imports/hsds` (`Authorization: Bearer …`, at least 16 characters). Unset: imports over HTTP are refused.',
  IMPORT_MAX_RECORDS:
    'Records one `POST /api/v1/imports/hsds` may hold (413 above it: split the file, or use `npm run hsds:import`, which has no such cap).',
  ADMIN_EMAIL: 'E-mail of the first admin, created at start when no admin exists (with `ADMIN_PASSWORD`).',
  ADMIN_PASSWORD: 'Password of that first admin (at least 12 characters); never logged.',
  SMTP_URL:
    'SMTP server for invitation and password-reset mails (`smtp://user:pass@host:587`). Unset: the link is written to the log (not allowed in production).',
  MAIL_FROM: 'Sender of those mails. Unset: `Sociale Kaart Antwerpen <noreply@localhost>`.',
  PUBLIC_URL: 'Address users open the site at, for the links in mails. Unset: `http://127.0.0.1:<PORT>`.',
  SESSION_COOKIE_SECURE: 'Send the session cookie over HTTPS only. Unset: true when NODE_ENV is production.',
  TILE_ORIGIN: "Origin of the map tile server, allowed by the Content-Security-Policy (match the PWA build's `VITE_TILE_URL`).",
  TRUSTED_PROXIES:
    "Reverse proxies whose `X-Forwarded-*` headers are believed: IP addresses, CIDR ranges or `loopback`, `linklocal`, `uniquelocal`, comma-separated. Unset: none (the client address is the connection's).",
  FEED_RETENTION_DAYS: 'Days the offline change feed keeps a change; a phone whose cursor is older downloads the snapshot again (410).',
  POPULATION_CSV:
    'CSV of residents per district and wijk (`code,population,source,date`) for the insights\' "per 10,000 residents", relative to the repository root. Unset: no per-resident figures.',
  METRICS_TOKEN:
    'Bearer token for Prometheus at `GET /metrics` (at least 16 characters). Unset: `/metrics` is open in development and absent in production.',
};

/** An IP address, a CIDR range, or one of proxy-addr's names for a group of ranges. */
const PROXY_ENTRY = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/;
const toList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
    : value;

export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsString()
  HOST = '127.0.0.1';

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @IsString()
  EMBEDDED_PG_DATA_DIR = '.data/postgres';

  @Transform(toInteger)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @IsString()
  DATA_DIR = 'data';

  @IsString()
  PWA_DIST_DIR = 'pwa/dist';

  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_DATA = true;

  @Transform(toBoolean)
  @IsBoolean()
  DB_LOGGING = false;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  MEILI_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  MEILI_MASTER_KEY?: string;

  @Matches(/^[A-Za-z0-9_-]+$/)
  MEILI_INDEX = 'services';

  @IsIn(['memory'], {
    message:
      'must be memory: the PostgreSQL full-text engine was retired (issue #12); unset SEARCH_ENGINE, and set MEILI_URL for Meilisearch',
  })
  SEARCH_ENGINE = 'memory' as const;

  @Transform(toBoolean)
  @IsBoolean()
  SEARCH_MEMORY_INDEX = true;

  @Transform(toInteger)
  @IsInt()
  @Min(20)
  @Max(60_000)
  SEARCH_FOLLOW_INTERVAL_MS = 200;

  @IsString()
  SEARCH_INDEX_DIR = '.data/search-index';

  @Transform(toBoolean)
  @IsBoolean()
  SEARCH_WORKER = true;

  @Transform(toInteger)
  @IsInt()
  @Min(50)
  @Max(600_000)
  SEARCH_OUTBOX_INTERVAL_MS = 1000;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(5000)
  SEARCH_OUTBOX_BATCH_SIZE = 200;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'log';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(16)
  IMPORT_TOKEN?: string;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  IMPORT_MAX_RECORDS = 20_000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail()
  ADMIN_EMAIL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(12)
  ADMIN_PASSWORD?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL?: string;

  /** Default `Sociale Kaart Antwerpen <noreply@localhost>`, filled in by loadConfig. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  MAIL_FROM?: string;

  /** Default `http://127.0.0.1:<PORT>`, filled in by loadConfig. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  PUBLIC_URL?: string;

  /** Default: true in production, false otherwise (filled in by loadConfig). */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  SESSION_COOKIE_SECURE?: boolean;

  @IsUrl({ protocols: ['https', 'http'], require_tld: false, require_protocol: true })
  TILE_ORIGIN = 'https://tile.openstreetmap.org';

  @Transform(toList)
  @IsArray()
  @Matches(PROXY_ENTRY, { each: true, message: 'each entry must be an IP address, a CIDR range, loopback, linklocal or uniquelocal' })
  TRUSTED_PROXIES: string[] = [];

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(36_500)
  FEED_RETENTION_DAYS = 365;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  POPULATION_CSV?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(16)
  METRICS_TOKEN?: string;
}

/** The validated configuration, with paths resolved. */
export interface AppConfig {
  env: EnvironmentVariables['NODE_ENV'];
  /** `trustedProxies`: whose `X-Forwarded-For` names the client (Fastify's `trustProxy`); empty: nobody's. */
  http: { host: string; port: number; trustedProxies: string[]; tileOrigin: string };
  database: { url?: string; logging: boolean; embedded: { dataDir: string; port: number } };
  dataDir: string;
  pwaDistDir: string;
  seedDemoData: boolean;
  logLevel: EnvironmentVariables['LOG_LEVEL'];
  search: {
    meilisearch?: { url: string; apiKey?: string; indexName: string };
    /** Hold the memory engine (the default, and Meilisearch's fallback); false only with Meilisearch. */
    memoryIndex: boolean;
    follow: { intervalMs: number };
    /** Where the memory engine's index is kept between starts; undefined: not kept. */
    indexDir?: string;
    worker: { isEnabled: boolean; intervalMs: number; batchSize: number };
  };
  imports: { token?: string; maxRecords: number };
  /** Bearer token of `GET /metrics`; unset: open in development, absent in production. */
  metricsToken?: string;
  retention: { changeFeedDays: number };
  /** Resident numbers for the insights; undefined: none (no per-resident figures). */
  insights: { populationCsv?: string };
  auth: {
    /** Both set: the first admin, created at start when there is no admin. */
    firstAdmin?: { email: string; password: string };
    isCookieSecure: boolean;
    /** Without a trailing slash. */
    publicUrl: string;
  };
  mail: { smtpUrl?: string; from: string };
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Validates the environment once; throws with the whole list of what is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(CONFIG_DESCRIPTIONS);
  const given = Object.fromEntries(Object.entries(env).filter(([key]) => known.includes(key)));
  const vars = plainToInstance(EnvironmentVariables, given, { exposeDefaultValues: true });
  const errors = validateSync(vars, { skipMissingProperties: false });
  const problems = errors.map((e) => `${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`);
  // One without the other would silently create no admin.
  if (Boolean(vars.ADMIN_EMAIL) !== Boolean(vars.ADMIN_PASSWORD)) {
    problems.push(`${vars.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'}=undefined: set ADMIN_EMAIL and ADMIN_PASSWORD together`);
  }
  // Without SMTP the links in invitation and reset mails go to the log, where whoever reads it could use them.
  if (vars.NODE_ENV === 'production' && !vars.SMTP_URL) {
    problems.push('SMTP_URL=undefined: production needs an SMTP server; without one, live invitation and reset links would be logged');
  }
  // Without Meilisearch the memory engine is the only one: nothing would answer searches.
  if (vars.SEARCH_MEMORY_INDEX === false && !vars.MEILI_URL) {
    problems.push('SEARCH_MEMORY_INDEX=false: needs MEILI_URL; without Meilisearch the memory index is the only search engine');
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return {
    env: vars.NODE_ENV,
    http: { host: vars.HOST, port: vars.PORT, trustedProxies: vars.TRUSTED_PROXIES, tileOrigin: new URL(vars.TILE_ORIGIN).origin },
    database: {
      url: vars.DATABASE_URL,
      logging: vars.DB_LOGGING,
      embedded: { dataDir: fromRepoRoot(vars.EMBEDDED_PG_DATA_DIR), port: vars.EMBEDDED_PG_PORT },
    },
    dataDir: fromRepoRoot(vars.DATA_DIR),
    pwaDistDir: fromRepoRoot(vars.PWA_DIST_DIR),
    seedDemoData: vars.SEED_DEMO_DATA,
    logLevel: vars.LOG_LEVEL,
    search: {
      meilisearch: vars.MEILI_URL ? { url: vars.MEILI_URL, apiKey: vars.MEILI_MASTER_KEY, indexName: vars.MEILI_INDEX } : undefined,
      memoryIndex: vars.SEARCH_MEMORY_INDEX,
      follow: { intervalMs: vars.SEARCH_FOLLOW_INTERVAL_MS },
      indexDir: vars.SEARCH_INDEX_DIR ? fromRepoRoot(vars.SEARCH_INDEX_DIR) : undefined,
      worker: { isEnabled: vars.SEARCH_WORKER, intervalMs: vars.SEARCH_OUTBOX_INTERVAL_MS, batchSize: vars.SEARCH_OUTBOX_BATCH_SIZE },
    },
    imports: { token: vars.IMPORT_TOKEN, maxRecords: vars.IMPORT_MAX_RECORDS },
    metricsToken: vars.METRICS_TOKEN,
    retention: { changeFeedDays: vars.FEED_RETENTION_DAYS },
    insights: { populationCsv: vars.POPULATION_CSV ? fromRepoRoot(vars.POPULATION_CSV) : undefined },
    auth: {
      firstAdmin: vars.ADMIN_EMAIL && vars.ADMIN_PASSWORD ? { email: vars.ADMIN_EMAIL, password: vars.ADMIN_PASSWORD } : undefined,
      isCookieSecure: vars.SESSION_COOKIE_SECURE ?? vars.NODE_ENV === 'production',
      publicUrl: (vars.PUBLIC_URL ?? `http://127.0.0.1:${vars.PORT}`).replace(/\/+$/, ''),
    },
    mail: { smtpUrl: vars.SMTP_URL, from: vars.MAIL_FROM ?? 'Sociale Kaart Antwerpen <noreply@localhost>' },
  };
}
