// Translations of a service's texts: Dutch is the base; per language the name, description and
// how to apply. A language is added from the list the API accepts and removed as a whole. The
// inputs take the direction of what is typed in them (dir="auto": Arabic right to left).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../lib/reference-data';
import { TRANSLATED_FIELDS, TRANSLATION_LANGUAGES } from './editable-fields';
import { InputField } from './fields/editor-controls';
import type { FieldErrors, ListingValues } from './listing-values';

type Translations = ListingValues['translations'];

interface TranslationsEditorProps {
  value: Translations;
  onChange: (value: Translations) => void;
  errors: FieldErrors;
  /** The texts that are translated (a service's by default). */
  fields?: readonly (keyof typeof FIELD_LABELS)[];
}

/** The label key of each translated text. */
const FIELD_LABELS = {
  name: 'page.fieldNames.name',
  alternateName: 'page.fieldNames.alternateName',
  description: 'page.fieldNames.description',
  applicationProcess: 'page.fieldNames.applicationProcess',
} as const;

export function TranslationsEditor({ value, onChange, errors, fields = TRANSLATED_FIELDS }: TranslationsEditorProps) {
  const { t, i18n } = useTranslation('editor');
  const id = useId();
  const present = TRANSLATION_LANGUAGES.filter((language) => value[language]);
  const missing = TRANSLATION_LANGUAGES.filter((language) => !value[language]);
  const [adding, setAdding] = useState<string>(missing[0] ?? '');
  const setText = (language: string, field: string, text: string) => {
    const texts = { ...value[language] };
    if (text === '') delete texts[field];
    else texts[field] = text;
    onChange({ ...value, [language]: texts });
  };
  const remove = (language: string) => {
    const next = { ...value };
    delete next[language];
    onChange(next);
  };
  const add = () => {
    if (!adding) return;
    onChange({ ...value, [adding]: {} });
    setAdding(missing.find((l) => l !== adding) ?? '');
  };
  const messages = Object.values(errors);

  return (
    <fieldset className="field-editor translations-editor">
      <legend>{t('page.sections.translations')}</legend>
      <p className="hint">{t('page.translationsHint')}</p>
      {messages.length > 0 && <p className="field-error">{messages.join(' ')}</p>}
      {present.map((language) => (
        <fieldset key={language} className="translation">
          <legend>{languageName(language, i18n.language)}</legend>
          {fields.map((field) => (
            <InputField
              key={field}
              label={t(FIELD_LABELS[field])}
              value={value[language]?.[field] ?? ''}
              onChange={(text) => setText(language, field, text)}
              isMultiline={field === 'description' || field === 'applicationProcess'}
              dir="auto"
            />
          ))}
          <button type="button" className="button button-secondary" onClick={() => remove(language)}>
            {t('page.removeTranslation', { language: languageName(language, i18n.language) })}
          </button>
        </fieldset>
      ))}
      {missing.length > 0 && (
        <div className="field field-select add-translation">
          <label htmlFor={`${id}-language`}>{t('page.addTranslationLanguage')}</label>
          <select id={`${id}-language`} value={adding} onChange={(event) => setAdding(event.target.value)}>
            {missing.map((language) => (
              <option key={language} value={language}>
                {languageName(language, i18n.language)}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={add}>
            {t('page.addTranslation')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
