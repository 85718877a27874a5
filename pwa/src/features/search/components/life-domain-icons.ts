// One icon per top-level life domain, so the grid can be scanned without reading. Decorative: the
// label always stands next to it.
const ICONS: Record<string, string> = {
  'sociale-hulpverlening': '🤝',
  inkomen: '💶',
  wonen: '🏠',
  werk: '💼',
  onderwijs: '📚',
  gezondheid: '🩺',
  'geestelijke-gezondheid': '🧠',
  welzijn: '💬',
  gezin: '👪',
  juridisch: '⚖️',
  migratie: '🌍',
  'voeding-materieel': '🥫',
  mobiliteit: '🚲',
  'vrije-tijd': '⚽',
  crisis: '🆘',
};

export function lifeDomainIcon(code: string): string {
  return ICONS[code.split('/')[0]] ?? '•';
}
