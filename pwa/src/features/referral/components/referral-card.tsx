// The card handed to the client: what it is, whether it costs anything, where to go and how to get
// there, when it is open (dated days, as the card is read on another day), whom to call, which
// languages are spoken, how to apply and what to bring, in the client's language. Texts the
// organisation did not translate are shown in Dutch, and one note under the title names them
// (once, not a "(in Dutch)" after each). Lists are joined as the card's language joins them. It
// holds only the listing's data: nothing about the client.
import type { TFunction } from 'i18next';
import { formatList } from '../../../lib/format';
import { isRtl } from '../../../lib/i18n';
import { languageName, useDistricts, useLanguages, useWijken, type Holiday } from '../../../lib/reference-data';
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

/** Letters only, lower case: "Gratis." and "gratis" are the same word. */
const bare = (text: string) => text.replace(/[\p{P}\p{Z}]/gu, '').toLocaleLowerCase();

/**
 * A fees text that only says "free" (the demo's "Gratis.") adds nothing to the card's own "free",
 * in any language: shown, it says free twice, once in Dutch.
 */
function restatesFree(fees: string, t: TFunction): boolean {
  return [t('card.free'), 'gratis'].some((word) => bare(fees) === bare(word));
}

export function ReferralCard({ service, language, t, holidays, link, qrCode }: Props) {
  const { data: districts = [] } = useDistricts();
  const { data: wijken = [] } = useWijken();
  // Loaded for languageName: the reference names the languages Intl does not (rif, zgh).
  useLanguages();
  const name = listingText(service, 'name', language);
  const howToApply = listingText(service, 'applicationProcess', language);
  const fees = listingText(service, 'feesDescription', language);
  const week = weekHours(
    service,
    holidays.map((h) => ({ date: h.date, kind: h.kind, name: h.name })),
    language,
    new Date(),
    { fromToday: true },
  );
  const isDutchCard = language === 'nl';
  const textLang = (isTranslated: boolean) => (isTranslated ? undefined : 'nl');
  const place = (l: SnapshotService['locations'][number]) =>
    [wijken.find((w) => w.id === l.wijkId)?.name, districts.find((d) => d.id === l.districtId)?.name].filter(Boolean).join(', ');
  const cost = service.isFree === true ? t('card.free') : service.isFree === false ? t('card.paid') : t('card.costUnknown');
  const feesText = fees.text && !(service.isFree === true && restatesFree(fees.text, t)) ? fees.text : undefined;
  const documents = service.requiredDocuments ?? [];
  // The parts shown in Dutch on a card in another language, by their headings on the card.
  const untranslated = isDutchCard
    ? []
    : [
        !name.isTranslated && t('card.name'),
        feesText && !fees.isTranslated && t('card.cost'),
        howToApply.text && !howToApply.isTranslated && t('card.howToApply'),
        documents.length > 0 && t('card.whatToBring'),
      ].filter((label): label is string => Boolean(label));
  return (
    <article className="referral-card" lang={language} dir={isRtl(language) ? 'rtl' : 'ltr'} data-testid="referral-card">
      <header>
        <p className="referral-kicker">{t('card.kicker')}</p>
        <h2>
          <span lang={textLang(name.isTranslated)} dir="auto">
            {name.text}
          </span>
        </h2>
        <p>{service.organization.name}</p>
        {untranslated.length > 0 && (
          <p className="untranslated" data-testid="card-untranslated">
            {t('card.untranslated', { parts: formatList(untranslated, language) })}
          </p>
        )}
      </header>
      <dl className="referral-facts">
        <dt>{t('card.cost')}</dt>
        <dd data-testid="card-cost">
          {cost}
          {feesText && (
            <>
              {' · '}
              <span lang={textLang(fees.isTranslated)} dir="auto">
                {feesText}
              </span>
            </>
          )}
        </dd>
        {(service.locations ?? []).length > 0 && (
          <>
            <dt>{t('card.address')}</dt>
            {service.locations.map((l) => (
              <dd key={l.id}>
                <bdi lang="nl">{l.address ?? l.name}</bdi>
                {place(l) && (
                  <bdi lang="nl" className="referral-place">
                    {place(l)}
                  </bdi>
                )}
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
        {(service.languages ?? []).length > 0 && (
          <>
            <dt>{t('card.languages')}</dt>
            <dd data-testid="card-languages">
              {formatList(
                service.languages.map((code) => languageName(code, language)),
                language,
              )}
            </dd>
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
      {week.hasHours ? <WeekHoursTable days={week.days} language={language} t={t} withDates /> : <p>{t('hours.none')}</p>}
      {howToApply.text && (
        <>
          <h3>{t('card.howToApply')}</h3>
          <p>
            <span lang={textLang(howToApply.isTranslated)} dir="auto">
              {howToApply.text}
            </span>
          </p>
        </>
      )}
      {documents.length > 0 && (
        <>
          <h3>{t('card.whatToBring')}</h3>
          <ul lang="nl" dir="auto">
            {documents.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      )}
      <footer className="referral-footer">
        {qrCode && <img src={qrCode} alt={t('card.qrAlt')} width="112" height="112" className="referral-qr" />}
        <p>
          {(service.locations ?? []).length > 0 && (
            <>
              {t('card.directions')}
              <br />
            </>
          )}
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
