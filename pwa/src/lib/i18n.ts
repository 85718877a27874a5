// UI text in six languages: Dutch (the source, bundled) and English, French, Arabic, Turkish and
// Polish (each a lazy chunk, precached for offline use). One JSON file per language and feature
// namespace: `locales/<lang>/<namespace>.json`, so each feature owns its strings.
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const UI_LANGUAGES = ['nl', 'en', 'fr', 'ar', 'tr', 'pl'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UiLanguage = 'nl';
const RTL_LANGUAGES: readonly UiLanguage[] = ['ar'];
const STORAGE_KEY = 'sk.uiLanguage';

export const NAMESPACES = [
  'common',
  'search',
  'service',
  'referral',
  'favourites',
  'map',
  'offline',
  'taxonomy',
  'portal',
  'editor',
  'moderation',
  'insights',
] as const;

/** Namespaces only the organisation portal uses: their Dutch source loads with the portal, not with the app. */
export const PORTAL_NAMESPACES = ['portal', 'editor', 'moderation'] as const;

const dutch = import.meta.glob<Record<string, unknown>>(
  [
    '../locales/nl/*.json',
    '!../locales/nl/portal.json',
    '!../locales/nl/editor.json',
    '!../locales/nl/moderation.json',
    '!../locales/nl/insights.json',
  ],
  { eager: true, import: 'default' },
);
const dutchPortal = import.meta.glob<Record<string, unknown>>(
  ['../locales/nl/portal.json', '../locales/nl/editor.json', '../locales/nl/moderation.json'],
  { import: 'default' },
);
const others = import.meta.glob<Record<string, unknown>>(['../locales/*/*.json', '!../locales/nl/*.json'], { import: 'default' });

function namespaceOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

export function isRtl(language: string): boolean {
  return (RTL_LANGUAGES as readonly string[]).includes(language);
}

const dutchInsights = import.meta.glob<Record<string, unknown>>('../locales/nl/insights.json', { import: 'default' });

/** The insights pages' Dutch strings, loaded with those pages (as the portal's below). */
export async function loadInsightsStrings(): Promise<void> {
  if (i18next.hasResourceBundle(DEFAULT_LANGUAGE, 'insights')) return;
  const [bundle] = await Promise.all(Object.values(dutchInsights).map((load) => load()));
  i18next.addResourceBundle(DEFAULT_LANGUAGE, 'insights', bundle, true, true);
}

/**
 * The portal's Dutch strings (the source, and the fallback of every other language), before a
 * portal screen renders: the routes await this with the screen's code.
 */
export async function loadPortalStrings(): Promise<void> {
  if (i18next.hasResourceBundle(DEFAULT_LANGUAGE, 'portal')) return;
  const bundles = await Promise.all(Object.entries(dutchPortal).map(async ([path, load]) => [namespaceOf(path), await load()] as const));
  for (const [namespace, bundle] of bundles) i18next.addResourceBundle(DEFAULT_LANGUAGE, namespace, bundle, true, true);
}

/** Loads one language's namespaces (once); Dutch is always there (the portal's with the portal). */
export async function loadLanguage(language: UiLanguage): Promise<void> {
  if (i18next.hasResourceBundle(language, 'common')) return;
  const entries = Object.entries(others).filter(([path]) => path.includes(`/locales/${language}/`));
  const bundles = await Promise.all(entries.map(async ([path, load]) => [namespaceOf(path), await load()] as const));
  for (const [namespace, bundle] of bundles) i18next.addResourceBundle(language, namespace, bundle, true, true);
}

/** Switches the UI language: loads it, sets `lang` and `dir` on the document, remembers it on this device. */
export async function changeLanguage(language: UiLanguage): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode may forbid storage; the choice then lasts for this visit only.
  }
}

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = isRtl(language) ? 'rtl' : 'ltr';
}

function initialLanguage(): UiLanguage {
  let stored: string | null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (isUiLanguage(stored)) return stored;
  const preferred = navigator.languages.map((l) => l.slice(0, 2)).find(isUiLanguage);
  return preferred ?? DEFAULT_LANGUAGE;
}

export async function initI18n(): Promise<void> {
  const resources: Resource = { nl: {} };
  for (const [path, bundle] of Object.entries(dutch)) resources.nl[namespaceOf(path)] = bundle;
  i18next.on('languageChanged', applyToDocument);
  await i18next.use(initReactI18next).init({
    resources,
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const language = initialLanguage();
  if (language === DEFAULT_LANGUAGE) applyToDocument(language);
  else await changeLanguage(language);
}

/**
 * A second i18next instance for the referral card: the card is in the client's language while
 * the worker's UI stays in theirs.
 */
export async function fixedLanguageT(language: UiLanguage) {
  await loadLanguage(language);
  return i18next.getFixedT(language, 'referral');
}

export { i18next };
