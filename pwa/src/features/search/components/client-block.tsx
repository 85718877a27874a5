// The client on the start screen, asked in place: where they live (a district, one tap) and the
// language they speak (one tap: the languages a referral card can be made in, the others one
// "other language" further). No sheet to open and close: the tile tapped next searches for this
// client, and the language is both the search's filter and the card's language. A chosen row folds
// to its answer (tap it to choose again); the block is remembered on this device for the next
// search for the same client, until "Andere cliënt".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_FILTERS } from '@sociale-kaart/core';
import { useSearchServices } from '../api/search-services';
import { UI_LANGUAGES } from '../../../lib/i18n';
import { formatList } from '../../../lib/format';
import { languageName, useDistricts, useLanguages, useWijken } from '../../../lib/reference-data';
import { isEmptyProfile, type ClientProfile } from '../hooks/use-client-profile';
import { LanguagePicker } from './language-picker';

interface Props {
  profile: ClientProfile;
  onChange: (profile: ClientProfile) => void;
}

/** "woont in Borgerhout · spreekt Arabisch", for the chips and the client block. */
export function useProfileText(profile: ClientProfile): string {
  const { t, i18n } = useTranslation('search');
  const { data: districts = [] } = useDistricts();
  const { data: wijken = [] } = useWijken();
  const place = formatList(
    [
      ...profile.wijk.map((id) => wijken.find((w) => w.id === id)?.name),
      ...profile.district.map((id) => districts.find((d) => d.id === id)?.name),
    ].filter((name): name is string => Boolean(name)),
    i18n.language,
  );
  const language = formatList(
    profile.language.map((code) => languageName(code, i18n.language)),
    i18n.language,
  );
  // Unicode isolates (FSI…PDI) keep a Latin place name whole inside an Arabic sentence; a chip's
  // label is text, so <bdi> cannot do it there.
  const isolate = (text: string) => `\u2068${text}\u2069`;
  return [place && t('client.livesIn', { place: isolate(place) }), language && t('client.speaks', { language: isolate(language) })]
    .filter(Boolean)
    .join(' · ');
}

function LanguageLabel({ code }: { code: string }) {
  const { i18n } = useTranslation();
  const { data: languages = [] } = useLanguages();
  const name = languageName(code, i18n.language);
  const native = languages.find((l) => l.code === code)?.native;
  return (
    <>
      {name}
      {native && native !== name && (
        <bdi className="language-native" lang={code}>
          {native}
        </bdi>
      )}
    </>
  );
}

/** Every language, those most services offer first (counted by a search without filters, on the device offline). */
function OtherLanguages({ onChoose }: { onChoose: (codes: string[]) => void }) {
  const { data } = useSearchServices(EMPTY_FILTERS);
  return <LanguagePicker selected={[]} counts={data?.facets.language} onChange={onChoose} />;
}

export function ClientBlock({ profile, onChange }: Props) {
  const { t, i18n } = useTranslation('search');
  const { data: districts = [] } = useDistricts();
  const { data: wijken = [] } = useWijken();
  const placeId = profile.wijk[0] ?? profile.district[0];
  const placeName = wijken.find((w) => w.id === placeId)?.name ?? districts.find((d) => d.id === placeId)?.name;
  const language = profile.language[0];
  // The languages a card can be made in, but the one the worker reads the app in.
  const cardLanguages = UI_LANGUAGES.filter((code) => code !== i18n.language);
  const setPlace = (district: string[]) => onChange({ ...profile, district, wijk: [] });
  const setLanguage = (codes: string[]) => onChange({ ...profile, language: codes });
  const [isOtherOpen, setIsOtherOpen] = useState(false);

  return (
    <section className="client-block" aria-labelledby="client-heading" data-testid="client-block">
      <div className="client-block-header">
        <h2 id="client-heading">{t('client.heading')}</h2>
        {!isEmptyProfile(profile) && (
          <button type="button" className="link-button" onClick={() => onChange({ district: [], wijk: [], language: [] })}>
            {t('client.forget')}
          </button>
        )}
      </div>
      <div className="client-row">
        <span className="client-row-label" id="client-place-heading">
          {t('client.livesInLabel')}
        </span>
        <div className="chip-scroller" role="group" aria-labelledby="client-place-heading" data-testid="client-places">
          {placeId ? (
            <button type="button" className="chip-toggle" aria-pressed="true" onClick={() => setPlace([])}>
              {placeName ?? placeId}
            </button>
          ) : (
            districts.map((d) => (
              <button
                key={d.id}
                type="button"
                className="chip-toggle"
                aria-pressed="false"
                data-code={d.id}
                onClick={() => setPlace([d.id])}
              >
                {d.name}
              </button>
            ))
          )}
        </div>
      </div>
      <div className="client-row">
        <span className="client-row-label" id="client-language-heading">
          {t('client.speaksLabel')}
        </span>
        <div className="chip-scroller" role="group" aria-labelledby="client-language-heading" data-testid="client-languages">
          {language ? (
            <button type="button" className="chip-toggle" aria-pressed="true" data-code={language} onClick={() => setLanguage([])}>
              <LanguageLabel code={language} />
            </button>
          ) : (
            cardLanguages.map((code) => (
              <button
                key={code}
                type="button"
                className="chip-toggle"
                aria-pressed="false"
                data-code={code}
                onClick={() => setLanguage([code])}
              >
                <LanguageLabel code={code} />
              </button>
            ))
          )}
        </div>
      </div>
      {!language && (
        <details className="language-others" onToggle={(event) => setIsOtherOpen(event.currentTarget.open)}>
          <summary>{t('client.otherLanguage')}</summary>
          {isOtherOpen && <OtherLanguages onChoose={setLanguage} />}
        </details>
      )}
    </section>
  );
}
