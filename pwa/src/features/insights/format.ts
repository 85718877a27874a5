// Figures on the insights pages: Western digits in every UI language (as the rest of the app and
// Antwerp's own statistics write them), one decimal for rates.
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language, { numberingSystem: 'latn', maximumFractionDigits: 0 }).format(value);
}

export function formatRate(value: number, language: string): string {
  return new Intl.NumberFormat(language, { numberingSystem: 'latn', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function formatShare(value: number, language: string): string {
  return new Intl.NumberFormat(language, { numberingSystem: 'latn', style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** "7 dec." for a week's Monday on a chart's axis. */
export function formatWeek(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', numberingSystem: 'latn', timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );
}
