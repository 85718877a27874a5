// Choosing a language: the app's (a menu in the header) or the client's (the referral card). Each
// language names itself, so a person who cannot read the current one still finds theirs.
import { Check, Languages } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../lib/i18n';
import { Icon } from './icon';

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

/**
 * The header's language menu: a button showing the current language's code, opening the six
 * languages by their own names (a disclosure, so it needs no ARIA menu keyboard model).
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const current = isUiLanguage(i18n.language) ? i18n.language : 'nl';

  useEffect(() => {
    if (!isOpen) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [isOpen]);

  return (
    <div className="language-switcher" ref={root}>
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-expanded={isOpen}
        aria-controls={listId}
        onClick={() => setOpen((open) => !open)}
      >
        <Icon icon={Languages} />
        <span className="visually-hidden">{t('language.label')}: </span>
        <span className="language-code">{current.toUpperCase()}</span>
      </button>
      <ul id={listId} className="language-list" hidden={!isOpen}>
        {UI_LANGUAGES.map((code) => (
          <li key={code}>
            <button
              type="button"
              lang={code}
              aria-current={code === current ? 'true' : undefined}
              onClick={() => {
                setOpen(false);
                button.current?.focus();
                void changeLanguage(code);
              }}
            >
              <span>{NATIVE_NAMES[code]}</span>
              {code === current && <Icon icon={Check} />}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
