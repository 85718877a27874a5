// The body of a listing, in the order a social worker asks: what, for whom, how to apply, what to
// bring, cost, when, in which languages.
import { formatList } from '../../../lib/format';
import { useTranslation } from 'react-i18next';
import type { SnapshotService } from '../../offline';
import { languageName, type Holiday } from '../../../lib/reference-data';
import { weekHours } from '../week-hours';
import { TranslatedText } from './translated-text';
import { WeekHoursTable } from './week-hours-table';

interface Props {
  service: SnapshotService;
  holidays: Holiday[];
  language: string;
}

export function ServiceSections({ service, holidays, language }: Props) {
  const { t } = useTranslation('service');
  const { t: tt } = useTranslation('taxonomy');
  const week = weekHours(
    service,
    holidays.map((h) => ({ date: h.date, kind: h.kind, name: h.name })),
    language,
  );
  const access = service.access ?? [];
  const targetGroups = service.targetGroups ?? [];
  const documents = service.requiredDocuments ?? [];
  return (
    <>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">{t('sections.what')}</h2>
        <TranslatedText service={service} field="description" language={language} />
        {(service.lifeDomains ?? []).length > 0 && (
          <p className="tags">{service.lifeDomains.map((code) => tt(`lifeDomain.${code}`)).join(' · ')}</p>
        )}
      </section>
      {(service.eligibilityDescription || targetGroups.length > 0) && (
        <section aria-labelledby="who-heading">
          <h2 id="who-heading">{t('sections.forWhom')}</h2>
          <TranslatedText service={service} field="eligibilityDescription" language={language} />
          {targetGroups.length > 0 && <p className="tags">{targetGroups.map((code) => tt(`targetGroup.${code}`)).join(' · ')}</p>}
        </section>
      )}
      <section aria-labelledby="apply-heading">
        <h2 id="apply-heading">{t('sections.howToApply')}</h2>
        <TranslatedText service={service} field="applicationProcess" language={language} />
        {access.length > 0 && (
          <ul className="access-list">
            {access.map((code) => (
              <li key={code}>{tt(`access.${code}`)}</li>
            ))}
          </ul>
        )}
      </section>
      {documents.length > 0 && (
        <section aria-labelledby="bring-heading">
          <h2 id="bring-heading">{t('sections.whatToBring')}</h2>
          <ul lang="nl">
            {documents.map((document) => (
              <li key={document}>{document}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="cost-heading">
        <h2 id="cost-heading">{t('sections.cost')}</h2>
        <p>{service.isFree === true ? t('cost.free') : service.isFree === false ? t('cost.paid') : t('cost.unknown')}</p>
        <TranslatedText service={service} field="feesDescription" language={language} />
      </section>
      <section aria-labelledby="hours-heading">
        <h2 id="hours-heading">{t('sections.hours')}</h2>
        {week.hasHours ? <WeekHoursTable days={week.days} language={language} /> : <p>{t('hours.none')}</p>}
        {week.hasHours && <p className="hint">{service.opensOnHolidays ? t('hours.opensOnHolidays') : t('hours.closedOnHolidays')}</p>}
      </section>
      {(service.languages ?? []).length > 0 && (
        <section aria-labelledby="languages-heading">
          <h2 id="languages-heading">{t('sections.languages')}</h2>
          <p>
            {formatList(
              service.languages.map((code) => languageName(code, language)),
              language,
            )}
          </p>
        </section>
      )}
    </>
  );
}
