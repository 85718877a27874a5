// /portaal/diensten/:id: an organisation edits its service. One form for the texts, opening hours,
// languages, classification, costs, area, locations and translations; only the fields that changed
// are sent, with the version that was read. An editor of an untrusted organisation proposes: the
// answer is "pending" and the form says so, while the public keeps seeing the published version.
// Someone else saving first is a 409: the form says so and offers the current version.
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { useDocumentTitle } from '../../../components/use-document-title';
import { formatDate } from '../../../lib/format';
import { failureOf } from '../api/portal-client';
import { useSession } from '../api/session';
import { ConnectionNotice } from '../components/connection-notice';
import { failureMessage } from '../components/failure-message';
import { FormError } from '../components/form-error';
import { StatusMessage } from '../components/status-message';
import { type EditableListing, useEditableService, useSaveService, useVerifyService } from './api/listings';
import { type EditableServiceField, TEXT_FIELDS } from './editable-fields';
import {
  CostsEditor,
  LanguagesEditor,
  LifeDomainsEditor,
  LocationsEditor,
  OpeningHoursEditor,
  ServiceAreaEditor,
  TargetGroupsEditor,
  useOpeningHoursValidation,
} from './fields';
import { InputField } from './fields/editor-controls';
import { changedFields, errorsByField, toListingValues } from './listing-draft';
import type { FieldErrors, ListingValues } from './listing-values';
import { useSaveFailure } from './save-failure';
import { RevisionList } from './revision-list';
import { StatusSelect } from './status-select';
import { TranslationsEditor } from './translations-editor';
import { EditorSection } from './editor-section';
import { useSectionSummary } from './section-summary';

/** The form's parts, each a folding section (a long form on a phone). */
type Section =
  'texts' | 'openingHours' | 'languages' | 'lifeDomains' | 'targetGroups' | 'costs' | 'serviceArea' | 'locations' | 'translations';
const TEXT_SECTION_FIELDS: readonly EditableServiceField[] = [...TEXT_FIELDS, 'email', 'url', 'status'];
const MULTILINE: readonly EditableServiceField[] = ['description', 'applicationProcess', 'eligibilityDescription', 'feesDescription'];

type Notice = { kind: 'applied' | 'pending' | 'unchanged' | 'nothing' | 'verified' | 'published' | 'publishPending'; key: number };

export function ServiceEditorPage() {
  const { t } = useTranslation('editor');
  const { t: tPortal } = useTranslation('portal');
  const { id = '' } = useParams();
  const session = useSession();
  const listing = useEditableService(id);
  useDocumentTitle(listing.data ? t('page.titleOf', { name: listing.data.name }) : t('page.title'));

  if (session.isPending || (session.data && listing.isPending)) return <PageLoading />;
  if (!session.data) return <Navigate to="/portaal/aanmelden" replace />;
  if (listing.isError || !listing.data) {
    const failure = failureOf(listing.error);
    return (
      <section className="page portal-page">
        <h1>{t('page.title')}</h1>
        <ConnectionNotice />
        <p className="notice notice-error" role="alert">
          {failure.kind === 'failed' && failure.status === 403
            ? t('page.forbidden')
            : failure.kind === 'failed' && failure.status === 404
              ? t('page.notFound')
              : failureMessage(tPortal, failure)}
        </p>
        <Link to="/portaal">{t('page.backToPortal')}</Link>
      </section>
    );
  }
  const { role } = session.data.user;
  return (
    <ServiceEditor
      listing={listing.data}
      isModerator={role === 'admin' || role === 'moderator'}
      onReload={() => listing.refetch().then((r) => r.data)}
    />
  );
}

interface ServiceEditorProps {
  listing: EditableListing;
  /** Moderators and admins publish their own changes at once. */
  isModerator: boolean;
  onReload: () => Promise<EditableListing | undefined>;
}

function ServiceEditor({ listing, isModerator, onReload }: ServiceEditorProps) {
  const { t, i18n } = useTranslation('editor');
  const client = useQueryClient();
  const save = useSaveService(listing.id);
  const verify = useVerifyService(listing.id);
  const validateHours = useOpeningHoursValidation();
  const [base, setBase] = useState<ListingValues>(() => toListingValues(listing));
  const [draft, setDraft] = useState<ListingValues>(base);
  const [version, setVersion] = useState(listing.version);
  const [lastVerifiedAt, setLastVerifiedAt] = useState(listing.lastVerifiedAt);
  const [errors, setErrors] = useState<Partial<Record<EditableServiceField | '', FieldErrors>>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [openSections, setOpenSections] = useState<ReadonlySet<Section>>(() => new Set());
  const { failure, fail: failWith, show: showFailure, clear: clearFailure } = useSaveFailure();
  const formRef = useRef<HTMLFormElement>(null);

  const set =
    <F extends EditableServiceField>(field: F) =>
    (value: ListingValues[F]) =>
      setDraft((d) => ({ ...d, [field]: value }));
  const fieldErrors = (field: EditableServiceField): FieldErrors => errors[field] ?? {};
  /** A part's editor props: its draft value, its setter, its errors. */
  const part = <F extends EditableServiceField>(field: F) => ({ value: draft[field], onChange: set(field), errors: fieldErrors(field) });
  const changes = changedFields(base, draft);
  const summaryOf = useSectionSummary(draft);
  const isDirty = Object.keys(changes).length > 0;

  const focusFirstError = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const reset = (service: EditableListing) => {
    const values = toListingValues(service);
    setBase(values);
    setDraft(values);
    setVersion(service.version);
    setErrors({});
  };

  const fail = (error: unknown) =>
    failWith(error, (reasons) => {
      setErrors(errorsByField(reasons));
      focusFirstError();
    });

  const submit = (values: Partial<ListingValues>, onDone: (outcome: string) => void) => {
    clearFailure();
    setNotice(null);
    save.mutate(
      { version, changes: values },
      {
        onSuccess: (result) => {
          setErrors({});
          if (result.outcome === 'applied') reset({ ...listing, ...result.service, pendingRevisions: listing.pendingRevisions });
          // The pending revision shows in the list above the form.
          void client.invalidateQueries({ queryKey: ['portal', 'service', listing.id] });
          onDone(result.outcome);
        },
        onError: fail,
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!isDirty) {
      setNotice({ kind: 'nothing', key: Date.now() });
      return;
    }
    const hourErrors = changes.openingHours ? validateHours(draft.openingHours) : {};
    const nameError = draft.name.trim() === '' ? { '': t('page.nameRequired') } : null;
    if (Object.keys(hourErrors).length > 0 || nameError) {
      setErrors({ openingHours: hourErrors, ...(nameError ? { name: nameError } : {}) });
      showFailure(t('page.fixErrors'));
      focusFirstError();
      return;
    }
    submit(changes, (outcome) => setNotice({ kind: outcome as Notice['kind'], key: Date.now() }));
  };

  const setPublication = (publicationState: ListingValues['publicationState']) =>
    submit({ publicationState }, (outcome) =>
      setNotice({ kind: outcome === 'pending' ? 'publishPending' : outcome === 'applied' ? 'published' : 'unchanged', key: Date.now() }),
    );

  const reload = () => {
    clearFailure();
    void onReload().then((service) => service && reset(service));
  };

  const markVerified = () => {
    clearFailure();
    verify.mutate(undefined, {
      onSuccess: (result) => {
        setLastVerifiedAt(result.lastVerifiedAt);
        setNotice({ kind: 'verified', key: Date.now() });
      },
      onError: fail,
    });
  };

  const sectionHasError = (section: Section) =>
    (section === 'texts' ? TEXT_SECTION_FIELDS : [section]).some((field) => Object.keys(errors[field] ?? {}).length > 0);

  const sectionFields = (section: Section): readonly EditableServiceField[] => (section === 'texts' ? TEXT_SECTION_FIELDS : [section]);
  const setSectionOpen = (section: Section, isOpen: boolean) =>
    setOpenSections((open) => {
      const next = new Set(open);
      if (isOpen) next.add(section);
      else next.delete(section);
      return next;
    });
  /** A section's frame: open when chosen or when it has an error, with its summary and flags. */
  const sectionProps = (section: Section) => ({
    id: `section-${section}`,
    title: t(section === 'texts' ? 'page.sections.texts' : `page.fieldNames.${section}`),
    summary: summaryOf(section),
    isOpen: openSections.has(section) || sectionHasError(section),
    onToggle: (isOpen: boolean) => setSectionOpen(section, isOpen),
    isChanged: sectionFields(section).some((field) => field in changes),
    hasError: sectionHasError(section),
  });

  const isStale = listing.isStale && lastVerifiedAt === listing.lastVerifiedAt;
  const pending = listing.pendingRevisions;
  const rejected = listing.rejectedRevisions;
  const state = base.publicationState;

  return (
    <section className="page portal-page service-editor">
      <p className="breadcrumb">
        <Link to={`/portaal/organisaties/${listing.organizationId}`}>{t('page.backToOrganisation')}</Link>
      </p>
      <h1 dir="auto">{base.name}</h1>
      <ConnectionNotice />
      <p className="editor-state" data-testid="publication-state">
        {t(`page.state.${state}`)}
        {isModerator || listing.isTrusted ? ` · ${t('page.trusted')}` : ` · ${t('page.moderated')}`}
      </p>
      {notice && <StatusMessage key={notice.key} message={t(`page.notice.${notice.kind}`)} />}
      <FormError message={failure?.message ?? null} attempt={failure?.key ?? 0} />
      {failure?.isConflict && (
        <button type="button" className="button" onClick={reload}>
          {t('page.loadCurrent')}
        </button>
      )}

      {pending.length > 0 && (
        <section className="notice pending-revisions" aria-labelledby="pending-heading" data-testid="pending-revisions">
          <h2 id="pending-heading">{t('page.pendingTitle', { count: pending.length })}</h2>
          <p>{t('page.pendingHint')}</p>
          <RevisionList revisions={pending} />
        </section>
      )}

      {rejected.length > 0 && (
        <details className="notice rejected-revisions" data-testid="rejected-revisions">
          <summary>{t('page.rejectedTitle', { count: rejected.length })}</summary>
          <RevisionList revisions={rejected} />
        </details>
      )}

      <section className="verification" aria-labelledby="verification-heading">
        <h2 id="verification-heading">{t('page.verification')}</h2>
        <p data-testid="last-verified">
          {lastVerifiedAt ? t('page.lastVerified', { date: formatDate(lastVerifiedAt, i18n.language) }) : t('page.neverVerified')}
          {isStale && <strong className="stale-label"> {t('page.stale')}</strong>}
        </p>
        <button type="button" className="button" onClick={markVerified} disabled={verify.isPending}>
          {t('page.stillCorrect')}
        </button>
      </section>

      <form ref={formRef} className="editor-form" aria-label={t('page.formLabel')} noValidate onSubmit={onSubmit}>
        <EditorSection {...sectionProps('texts')}>
          <fieldset className="field-editor">
            <legend className="visually-hidden">{t('page.sections.texts')}</legend>
            {TEXT_FIELDS.map((field) => (
              <InputField
                key={field}
                label={t(`page.fieldNames.${field}`)}
                value={draft[field] ?? ''}
                onChange={(value) => set(field)(value)}
                isMultiline={MULTILINE.includes(field)}
                isRequired={field === 'name'}
                dir="auto"
                error={Object.values(fieldErrors(field))[0]}
              />
            ))}
            <InputField
              label={t('page.fieldNames.email')}
              value={draft.email ?? ''}
              onChange={set('email')}
              dir="ltr"
              inputMode="email"
              autoComplete="email"
              error={Object.values(fieldErrors('email'))[0]}
            />
            <InputField
              label={t('page.fieldNames.url')}
              value={draft.url ?? ''}
              onChange={set('url')}
              dir="ltr"
              inputMode="url"
              hint={t('page.urlHint')}
              error={Object.values(fieldErrors('url'))[0]}
            />
            <StatusSelect value={draft.status} onChange={set('status')} error={Object.values(fieldErrors('status'))[0]} />
          </fieldset>
        </EditorSection>

        <EditorSection {...sectionProps('openingHours')}>
          <OpeningHoursEditor {...part('openingHours')} />
        </EditorSection>
        <EditorSection {...sectionProps('languages')}>
          <LanguagesEditor {...part('languages')} />
        </EditorSection>
        <EditorSection {...sectionProps('lifeDomains')}>
          <LifeDomainsEditor {...part('lifeDomains')} />
        </EditorSection>
        <EditorSection {...sectionProps('targetGroups')}>
          <TargetGroupsEditor {...part('targetGroups')} />
        </EditorSection>
        <EditorSection {...sectionProps('costs')}>
          <CostsEditor {...part('costs')} />
        </EditorSection>
        <EditorSection {...sectionProps('serviceArea')}>
          <ServiceAreaEditor {...part('serviceArea')} />
        </EditorSection>
        <EditorSection {...sectionProps('locations')}>
          <LocationsEditor {...part('locations')} />
        </EditorSection>
        <EditorSection {...sectionProps('translations')}>
          <TranslationsEditor {...part('translations')} />
        </EditorSection>

        <div className="editor-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending
              ? t('page.saving')
              : isModerator || listing.isTrusted || state !== 'published'
                ? t('page.save')
                : t('page.propose')}
          </button>
          {isDirty && <span className="hint">{t('page.unsaved', { count: Object.keys(changes).length })}</span>}
        </div>
      </form>

      <section aria-labelledby="publication-heading">
        <h2 id="publication-heading">{t('page.publication')}</h2>
        {state !== 'published' && (
          <button type="button" className="button" onClick={() => setPublication('published')} disabled={save.isPending || isDirty}>
            {t('page.publish')}
          </button>
        )}
        {state === 'published' && (
          <button type="button" className="button" onClick={() => setPublication('archived')} disabled={save.isPending || isDirty}>
            {t('page.archive')}
          </button>
        )}
        {isDirty && <p className="hint">{t('page.saveFirst')}</p>}
      </section>

      <p className="editor-links">
        <Link to={`/portaal/diensten/${listing.id}/geschiedenis`}>{t('page.history')}</Link>
        {state === 'published' && <Link to={`/diensten/${listing.id}`}>{t('page.publicPage')}</Link>}
      </p>
    </section>
  );
}
