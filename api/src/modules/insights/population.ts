// Resident numbers per district and wijk, only when the operator supplies them (POPULATION_CSV):
// a CSV with the columns `code,population,source,date`, one row per district id or wijk id. Without
// the file every "per 10,000 residents" figure is null: no number is ever estimated.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

export interface Population {
  residents: number;
  source: string;
  /** As the file gives it, e.g. `2025-01-01`. */
  date: string;
}

export class PopulationFileError extends Error {
  constructor(path: string, problems: string[]) {
    super(`POPULATION_CSV ${path}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PopulationFileError';
  }
}

/** Reads and checks the file: every code must be a known district or wijk, every count a whole number ≥ 0. */
export async function loadPopulation(path: string, knownCodes: Set<string>): Promise<Map<string, Population>> {
  const rows = parse<Record<string, string | undefined>>(await readFile(path, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  });
  const problems: string[] = [];
  const population = new Map<string, Population>();
  rows.forEach((row, index) => {
    const line = `row ${index + 2}`;
    const code = row.code ?? '';
    const residents = Number(row.population);
    if (!knownCodes.has(code)) problems.push(`${line}: unknown district or wijk code ${JSON.stringify(code)}`);
    else if (population.has(code)) problems.push(`${line}: ${code} appears twice`);
    if (!/^\d+$/.test(row.population ?? '') || !Number.isSafeInteger(residents))
      problems.push(`${line}: population must be a whole number, not ${JSON.stringify(row.population)}`);
    if (!row.source) problems.push(`${line}: source is empty`);
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(row.date ?? '')) problems.push(`${line}: date must be YYYY, YYYY-MM or YYYY-MM-DD`);
    population.set(code, { residents, source: row.source ?? '', date: row.date ?? '' });
  });
  if (rows.length === 0) problems.push('no rows (expected the header code,population,source,date and one row per area)');
  if (problems.length > 0) throw new PopulationFileError(path, problems);
  return population;
}

/** Services per 10,000 residents, one decimal; null without a (non-zero) population. */
export function perTenThousand(count: number, population: Population | undefined): number | null {
  if (!population || population.residents === 0) return null;
  return Math.round((count / population.residents) * 100_000) / 10;
}
