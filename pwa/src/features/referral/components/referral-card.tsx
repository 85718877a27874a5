// The card handed to the client: where to go, when, whom to call and what to bring, in the
// client's language. It holds only the listing's data: nothing about the client.
import type { TFunction } from 'i18next';
import { isRtl } from '../../../lib/i18n';
import type { Holiday } from '../../../lib/reference-data';
import type { SnapshotService } from '../../offline';
import { listingText, weekHours, WeekHoursTable } from '../../service';

interface Props {
  service: SnapshotService;
  language: string;
  t: TFunction;
  holidays: Holiday[];
  link: string;
  qrCode: string | undefined;
}

export function ReferralCard({ service, language, t, holidays, link, qrCode }: Props) {
  const name = listingText(service, 'name', language);
  const howToApply = listingText(service, 'applicationProcess', language);
  const week = weekHours(
    service,
    holidays.map((h) => ({ date: h.date, kind: h.kind, name: h.name })),
    language,
  );
  const textLang = (isTranslated: boolean) => (isTranslated ? undefined : 'nl');
  return (
    <article className="referral-card" lang={language} dir={isRtl(language) ? 'rtl' : 'ltr'} data-testid="referral-card">
      <header>
        <p className="referral-kicker">{t('card.kicker')}</p>
        <h2 lang={textLang(name.isTranslated)} dir="auto">
          {name.text}
        </h2>
        <p>{service.organization.name}</p>
      </header>
      <dl className="referral-facts">
        {(service.locations ?? []).length > 0 && (
          <>
            <dt>{t('card.address')}</dt>
            {service.locations.map((l) => (
              <dd key={l.id}>
                <bdi lang="nl">{l.address ?? l.name}</bdi>
              </dd>
            ))}
          </>
        )}
        {(service.phones ?? []).length > 0 && (
          <>
            <dt>{t('card.phone')}</dt>
            {service.phones.map((p) => (
              <dd key={p.number}>
                <bdi dir="ltr">{p.number}</bdi>
              </dd>
            ))}
          </>
        )}
        {service.email && (
          <>
            <dt>{t('card.email')}</dt>
            <dd>
              <bdi dir="ltr">{service.email}</bdi>
            </dd>
          </>
        )}
      </dl>
      <h3>{t('card.hours')}</h3>
      {week.hasHours ? <WeekHoursTable days={week.days} language={language} t={t} /> : <p>{t('hours.none')}</p>}
      {howToApply.text && (
        <>
          <h3>{t('card.howToApply')}</h3>
          <p lang={textLang(howToApply.isTranslated)} dir="auto">
            {howToApply.text}
          </p>
        </>
      )}
      {(service.requiredDocuments ?? []).length > 0 && (
        <>
          <h3>{t('card.whatToBring')}</h3>
          <ul lang="nl">
            {service.requiredDocuments.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      )}
      <footer className="referral-footer">
        {qrCode && <img src={qrCode} alt={t('card.qrAlt')} width="112" height="112" className="referral-qr" />}
        <p>
          {t('card.footer')}
          <br />
          <span dir="ltr" className="referral-link">
            {link}
          </span>
        </p>
      </footer>
    </article>
  );
}
