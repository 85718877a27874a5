// The options of a checklist of codes (languages, life domains, target groups, districts, wijken)
// and the pure edits of its value: a sorted list of codes without duplicates, as the API keeps it.

export interface CodeOption {
  code: string;
  label: string;
  /** Shown indented under this option (sub-domains), or grouped under it (wijken of a district). */
  children?: CodeOption[];
}

/** Sorted without duplicates, in code order as the API sorts (`Array.prototype.sort`). */
export function sortCodes(codes: readonly string[]): string[] {
  return [...new Set(codes)].sort();
}

export function toggleCode(value: readonly string[], code: string, isChecked: boolean): string[] {
  return sortCodes(isChecked ? [...value, code] : value.filter((c) => c !== code));
}

/** Lower case without accents, so "cafe" finds "Café" and "turk" finds "Turks". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The options whose label or code contains the query; an option with matching children stays
 * with only those, and a matching option keeps all its children.
 */
export function filterOptions(options: readonly CodeOption[], query: string): CodeOption[] {
  const q = folded(query.trim());
  if (!q) return [...options];
  return options.flatMap((option) => {
    if (folded(option.label).includes(q) || folded(option.code).includes(q)) return [option];
    const children = filterOptions(option.children ?? [], query);
    return children.length > 0 ? [{ ...option, children }] : [];
  });
}

/** All options, children included. */
export function countOptions(options: readonly CodeOption[]): number {
  return options.reduce((sum, option) => sum + 1 + countOptions(option.children ?? []), 0);
}

export function allCodes(options: readonly CodeOption[]): string[] {
  return options.flatMap((option) => [option.code, ...allCodes(option.children ?? [])]);
}

/** By label in the UI language (languages read best alphabetically; other lists keep their order). */
export function byLabel(options: readonly CodeOption[], language: string): CodeOption[] {
  const collator = new Intl.Collator(language);
  return [...options].sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * Selected codes the options do not list (an option retired from the reference data, or the list
 * that did not load), so that they can still be seen and unticked.
 */
export function withSelected(options: readonly CodeOption[], value: readonly string[]): CodeOption[] {
  const known = new Set(allCodes(options));
  return [...options, ...value.filter((code) => !known.has(code)).map((code) => ({ code, label: code }))];
}

interface TermTree {
  code: string;
  name: string;
  children: TermTree[];
}

/** Life domains with their sub-domains, labelled by `label` (the taxonomy translations). */
export function termOptions(terms: readonly TermTree[], label: (code: string, name: string) => string): CodeOption[] {
  return terms.map((term) => ({
    code: term.code,
    label: label(term.code, term.name),
    children: term.children.length ? termOptions(term.children, label) : undefined,
  }));
}

/** Wijken grouped under their district, districts by name; a wijk without a district comes last. */
export function wijkOptionsByDistrict(
  districts: readonly { id: string; name: string }[],
  wijken: readonly { id: string; name: string; districtId: string | null }[],
  otherLabel: string,
): CodeOption[] {
  const groups = [...districts]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map((district) => ({
      code: district.id,
      label: district.name,
      children: wijken.filter((w) => w.districtId === district.id).map((w) => ({ code: w.id, label: w.name })),
    }));
  const known = new Set(districts.map((d) => d.id));
  const rest = wijken.filter((w) => !w.districtId || !known.has(w.districtId)).map((w) => ({ code: w.id, label: w.name }));
  return [
    ...groups.filter((group) => group.children.length > 0),
    ...(rest.length ? [{ code: '', label: otherLabel, children: rest }] : []),
  ];
}
