// The UI language. Each language names itself, so a person who cannot read the current one still
// finds theirs.
import { useTranslation } from 'react-i18next';
import { changeLanguage, isUiLanguage, UI_LANGUAGES } from '../lib/i18n';

const NATIVE_NAMES: Record<(typeof UI_LANGUAGES)[number], string> = {
  nl: 'Nederlands',
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
  tr: 'Türkçe',
  pl: 'Polski',
};

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={i18n.language}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) void changeLanguage(event.target.value);
        }}
      >
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NATIVE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}

export { NATIVE_NAMES };
