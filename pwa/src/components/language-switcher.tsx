// Choosing a language: the app's (the switcher in the header) or the client's (the referral
// card). Each language names itself, so a person who cannot read the current one still finds theirs.
import { useTranslation } from 'react-i18next';
import { changeLanguage, isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../lib/i18n';

const NATIVE_NAMES: Record<UiLanguage, string> = {
  nl: 'Nederlands',
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
  tr: 'Türkçe',
  pl: 'Polski',
};

export function LanguageSelect({ value, onChange }: { value: string; onChange: (language: UiLanguage) => void }) {
  return (
    <select
      value={value}
      onChange={(event) => {
        if (isUiLanguage(event.target.value)) onChange(event.target.value);
      }}
    >
      {UI_LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {NATIVE_NAMES[code]}
        </option>
      ))}
    </select>
  );
}

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('language.label')}</span>
      <LanguageSelect value={i18n.language} onChange={(language) => void changeLanguage(language)} />
    </label>
  );
}
