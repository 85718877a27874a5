// Typed readers for the reference files in `data/` (geo and reference). Their codes are the
// filter values of the API, so they are seeded as they are and never renamed here.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { parseHolidayRules, type HolidayRules } from '@sociale-kaart/core';
import type { LocalizedText } from '../entities/index.js';

export interface WijkProperties {
  id: string;
  name: string;
  district_id: string | null;
  district: string | null;
  is_water: boolean;
}
export interface DistrictProperties {
  id: string;
  name: string;
  postcodes: string[];
}
export interface DistrictFacts {
  id: string;
  name: string;
  postcodes: string[];
  core: { lat: number; lng: number; wijk_id: string; wijk: string };
}
export interface ReferenceTerm {
  code: string;
  parent: string | null;
  name: LocalizedText;
  description?: string;
  keywords?: string[];
}
export interface ReferenceTaxonomy {
  taxonomy: { id: string; name: LocalizedText; description?: string };
  terms: ReferenceTerm[];
}
export interface ReferenceLanguageRow {
  code: string;
  name: LocalizedText;
  native: string;
  rtl: boolean;
}

export type WijkFeatures = FeatureCollection<Polygon | MultiPolygon, WijkProperties>;
export type DistrictFeatures = FeatureCollection<Polygon | MultiPolygon, DistrictProperties>;

async function readJson<T>(dataDir: string, path: string): Promise<T> {
  const file = join(dataDir, path);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Cannot read reference file ${file} (is DATA_DIR right?): ${(error as Error).message}`, { cause: error });
  }
}

export const readWijken = (dataDir: string) => readJson<WijkFeatures>(dataDir, 'geo/antwerp-wijken.geojson');
export const readDistricts = (dataDir: string) => readJson<DistrictFeatures>(dataDir, 'geo/antwerp-districts.geojson');
export const readDistrictFacts = async (dataDir: string) =>
  (await readJson<{ districts: DistrictFacts[] }>(dataDir, 'geo/antwerp-districts.json')).districts;
export const readLifeDomains = (dataDir: string) => readJson<ReferenceTaxonomy>(dataDir, 'reference/life-domains.json');
export const readTargetGroups = (dataDir: string) => readJson<ReferenceTaxonomy>(dataDir, 'reference/target-groups.json');
export const readAccessTerms = (dataDir: string) => readJson<ReferenceTaxonomy>(dataDir, 'reference/access.json');
export const readLanguages = async (dataDir: string) =>
  (await readJson<{ languages: ReferenceLanguageRow[] }>(dataDir, 'reference/languages.json')).languages;
/** The days off the law does not fix; the legal holidays are computed (`belgianHolidays`). */
export async function readHolidayRules(dataDir: string): Promise<HolidayRules> {
  const raw = await readJson<unknown>(dataDir, 'reference/holidays-be.json');
  try {
    return parseHolidayRules(raw);
  } catch (error) {
    throw new Error(`Reference file ${join(dataDir, 'reference/holidays-be.json')}: ${(error as Error).message}`, { cause: error });
  }
}
