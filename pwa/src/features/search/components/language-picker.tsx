// The client's language: the languages services here are offered in first (most services first),
// each named in the UI language and in its own name, with a note where it is a variety of another;
// the languages no service offers fold away below.
import { useTranslation } from 'react-i18next';
import { LANGUAGE_VARIETY_OF, languageName, useLanguages } from '../../../lib/reference-data';

interface Props {
  selected: string[];
  counts: Record<string, number> | undefined;
  onChange: (codes: string[]) => void;
}

export function LanguagePicker({ selected, counts, onChange }: Props) {
  const { t, i18n } = useTranslation('search');
  const ui = i18n.language;
  const { data: languages = [] } = useLanguages();
  const withServices = languages
    .filter((l) => !counts || (counts[l.code] ?? 0) > 0 || selected.includes(l.code))
    .sort((a, b) => (counts?.[b.code] ?? 0) - (counts?.[a.code] ?? 0));
  const others = languages.filter((l) => !withServices.includes(l));
  const option = (language: (typeof languages)[number]) => {
    const name = languageName(language.code, ui, language.native);
    const variety = LANGUAGE_VARIETY_OF[language.code];
    const isSelected = selected.includes(language.code);
    return (
      <li key={language.code}>
        <button
          type="button"
          className="language-option"
          aria-pressed={isSelected}
          onClick={() => onChange(isSelected ? [] : [language.code])}
          data-code={language.code}
        >
          <span className="language-name">
            {name}
            {language.native !== name && (
              <>
                {' · '}
                <bdi className="language-native" lang={language.code}>
                  {language.native}
                </bdi>
              </>
            )}
          </span>
          {variety && <span className="language-note">{t('language.varietyOf', { language: languageName(variety, ui) })}</span>}
          {counts && <span className="language-count">{t('language.count', { count: counts[language.code] ?? 0 })}</span>}
        </button>
      </li>
    );
  };
  return (
    <div className="language-picker">
      <ul className="client-languages">{withServices.map(option)}</ul>
      {others.length > 0 && (
        <details className="language-others">
          <summary>{t(counts ? 'language.othersNone' : 'language.others', { count: others.length })}</summary>
          <ul className="client-languages">{others.map(option)}</ul>
        </details>
      )}
    </div>
  );
}
