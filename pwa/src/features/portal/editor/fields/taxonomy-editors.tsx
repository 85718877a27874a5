// The checklists of a service's classification, each fetching its own options from the reference
// data: the languages spoken, the life domains (sub-domains under their domain) and target groups.
// Labels as the search filters show them: language names from Intl, terms from the taxonomy namespace.
import { useTranslation } from 'react-i18next';
import { languageName, useLanguages, useLifeDomains, useTargetGroups } from '../../../../lib/reference-data';
import type { FieldErrors } from '../listing-values';
import { CodeChecklist } from './code-checklist';
import { byLabel, termOptions } from './code-options';

export interface CodesEditorProps {
  value: string[];
  onChange: (value: string[]) => void;
  errors: FieldErrors;
  /** The group's name; the field's name by default. */
  legend?: string;
}

export function LanguagesEditor({ legend, ...props }: CodesEditorProps) {
  const { t, i18n } = useTranslation('editor');
  const { data = [], isPending, isError } = useLanguages();
  const options = byLabel(
    data.map((language) => ({ code: language.code, label: languageName(language.code, i18n.language, language.native) })),
    i18n.language,
  );
  return (
    <CodeChecklist
      {...props}
      legend={legend ?? t('fields.languages.legend')}
      hint={t('fields.languages.hint')}
      options={options}
      isLoading={isPending}
      hasLoadFailed={isError}
    />
  );
}

export function LifeDomainsEditor({ legend, ...props }: CodesEditorProps) {
  const { t } = useTranslation('editor');
  const { t: tt } = useTranslation('taxonomy');
  const { data = [], isPending, isError } = useLifeDomains();
  const options = termOptions(data, (code, name) => tt(`lifeDomain.${code}`, { defaultValue: name }));
  return (
    <CodeChecklist
      {...props}
      legend={legend ?? t('fields.lifeDomains.legend')}
      hint={t('fields.lifeDomains.hint')}
      options={options}
      isLoading={isPending}
      hasLoadFailed={isError}
    />
  );
}

export function TargetGroupsEditor({ legend, ...props }: CodesEditorProps) {
  const { t } = useTranslation('editor');
  const { t: tt } = useTranslation('taxonomy');
  const { data = [], isPending, isError } = useTargetGroups();
  const options = data.map((code) => ({ code, label: tt(`targetGroup.${code}`, { defaultValue: code }) }));
  return (
    <CodeChecklist
      {...props}
      legend={legend ?? t('fields.targetGroups.legend')}
      options={options}
      isLoading={isPending}
      hasLoadFailed={isError}
    />
  );
}
