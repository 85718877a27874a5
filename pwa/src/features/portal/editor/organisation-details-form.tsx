// An organisation's own details: name, other name, description, e-mail, website and their
// translations. The same rules as a service: only changed fields are sent with the version read;
// an untrusted organisation's editor proposes (pending), a conflict offers the current version.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../components/form-error';
import { StatusMessage } from '../components/status-message';
import { type EditableOrganisation, type OrganisationChanges, useSaveOrganisation } from './api/listings';
import { InputField } from './fields/editor-controls';
import { useSaveFailure } from './save-failure';
import { RevisionList } from './revision-list';
import { TranslationsEditor } from './translations-editor';

interface Details {
  name: string;
  alternateName: string | null;
  description: string;
  email: string | null;
  website: string | null;
  translations: Record<string, Record<string, string>>;
}
const FIELDS = ['name', 'alternateName', 'description', 'email', 'website', 'translations'] as const;
const TRANSLATED = ['name', 'alternateName', 'description'] as const;

const detailsOf = (o: EditableOrganisation): Details => ({
  name: o.name,
  alternateName: o.alternateName ?? null,
  description: o.description,
  email: o.email ?? null,
  website: o.website ?? null,
  translations: o.translations as Details['translations'],
});

/** Only the fields that differ; an emptied optional text is null. */
export function changedDetails(base: Details, draft: Details): OrganisationChanges {
  const changes: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = draft[field];
    const after = field !== 'name' && field !== 'description' && value === '' ? null : value;
    if (JSON.stringify(after) !== JSON.stringify(base[field])) changes[field] = after;
  }
  return changes;
}

interface OrganisationDetailsFormProps {
  organisation: EditableOrganisation;
  /** Moderators and admins publish at once, as do trusted organisations. */
  publishesDirectly: boolean;
  onReload: () => void;
}

export function OrganisationDetailsForm({ organisation, publishesDirectly, onReload }: OrganisationDetailsFormProps) {
  const { t } = useTranslation('editor');
  const save = useSaveOrganisation(organisation.id);
  const [base, setBase] = useState(() => detailsOf(organisation));
  const [draft, setDraft] = useState(base);
  const [version, setVersion] = useState(organisation.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const { failure, fail, clear: clearFailure } = useSaveFailure();
  const formRef = useRef<HTMLFormElement>(null);
  const set = (field: keyof Details) => (value: unknown) => setDraft((d) => ({ ...d, [field]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    clearFailure();
    const changes = changedDetails(base, draft);
    if (Object.keys(changes).length === 0) return setNotice(t('page.notice.nothing'));
    if (draft.name.trim() === '') {
      setErrors({ name: t('organisation.nameRequired') });
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    save.mutate(
      { version, changes },
      {
        onSuccess: (result) => {
          setErrors({});
          if (result.outcome === 'applied') {
            const stored = detailsOf({ ...organisation, ...result.organization });
            setBase(stored);
            setDraft(stored);
            setVersion(result.organization.version);
          }
          setNotice(t(`page.notice.${result.outcome}`));
          onReload();
        },
        onError: (error) =>
          fail(error, (reasons) => {
            setErrors(
              Object.fromEntries(Object.entries(reasons).map(([name, message]) => [name.replace(/^changes\./, '').split('.')[0], message])),
            );
            requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
          }),
      },
    );
  };

  const pending = organisation.pendingRevisions;
  return (
    <section aria-labelledby="organisation-details-heading" className="service-editor organisation-details">
      <h2 id="organisation-details-heading">{t('organisation.details')}</h2>
      <StatusMessage message={notice} />
      <FormError message={failure?.message ?? null} attempt={failure?.key ?? 0} />
      {failure?.isConflict && (
        <button type="button" className="button" onClick={onReload}>
          {t('page.loadCurrent')}
        </button>
      )}
      {pending.length > 0 && (
        <div className="notice pending-revisions" data-testid="organisation-pending">
          <p>
            <strong>{t('page.pendingTitle', { count: pending.length })}</strong> {t('page.pendingHint')}
          </p>
          <RevisionList revisions={pending} />
        </div>
      )}
      <form ref={formRef} className="editor-form" aria-label={t('organisation.details')} noValidate onSubmit={onSubmit}>
        <fieldset className="field-editor">
          <legend>{t('organisation.details')}</legend>
          <InputField
            label={t('page.fieldNames.name')}
            value={draft.name}
            onChange={set('name')}
            isRequired
            dir="auto"
            error={errors.name}
          />
          <InputField
            label={t('page.fieldNames.alternateName')}
            value={draft.alternateName ?? ''}
            onChange={set('alternateName')}
            dir="auto"
            error={errors.alternateName}
          />
          <InputField
            label={t('page.fieldNames.description')}
            value={draft.description}
            onChange={set('description')}
            isMultiline
            dir="auto"
            error={errors.description}
          />
          <InputField
            label={t('page.fieldNames.email')}
            value={draft.email ?? ''}
            onChange={set('email')}
            dir="ltr"
            inputMode="email"
            autoComplete="email"
            error={errors.email}
          />
          <InputField
            label={t('page.fieldNames.url')}
            value={draft.website ?? ''}
            onChange={set('website')}
            dir="ltr"
            inputMode="url"
            hint={t('page.urlHint')}
            error={errors.website}
          />
        </fieldset>
        <TranslationsEditor
          value={draft.translations}
          onChange={set('translations')}
          errors={errors.translations ? { '': errors.translations } : {}}
          fields={TRANSLATED}
        />
        <div className="editor-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t('page.saving') : publishesDirectly ? t('page.save') : t('page.propose')}
          </button>
        </div>
      </form>
    </section>
  );
}
