// The remembered client on the start screen, as one block: "Cliënt: woont in Borgerhout, spreekt
// Arabisch". A life domain chosen below searches for this client; "Andere cliënt" forgets it.
import { useTranslation } from 'react-i18next';
import { languageName, useDistricts, useWijken } from '../../../lib/reference-data';
import { isEmptyProfile, type ClientProfile } from '../hooks/use-client-profile';

interface Props {
  profile: ClientProfile;
  onEdit: () => void;
  onForget: () => void;
}

export function useProfileText(profile: ClientProfile): string {
  const { t, i18n } = useTranslation('search');
  const { data: districts = [] } = useDistricts();
  const { data: wijken = [] } = useWijken();
  const place = [
    ...profile.wijk.map((id) => wijken.find((w) => w.id === id)?.name),
    ...profile.district.map((id) => districts.find((d) => d.id === id)?.name),
  ]
    .filter(Boolean)
    .join(', ');
  const language = profile.language.map((code) => languageName(code, i18n.language)).join(', ');
  // Unicode isolates (FSI…PDI) keep a Latin place name whole inside an Arabic sentence; a chip's
  // label is text, so <bdi> cannot do it there.
  const isolate = (text: string) => `\u2068${text}\u2069`;
  return [place && t('client.livesIn', { place: isolate(place) }), language && t('client.speaks', { language: isolate(language) })]
    .filter(Boolean)
    .join(' · ');
}

export function ClientSummary({ profile, onEdit, onForget }: Props) {
  const { t } = useTranslation('search');
  const text = useProfileText(profile);
  return (
    <section className="client-summary" aria-labelledby="client-summary-heading" data-testid="client-summary">
      <h2 id="client-summary-heading">{t('client.heading')}</h2>
      <p>{isEmptyProfile(profile) ? t('client.none') : text}</p>
      <div className="client-actions">
        <button type="button" className="button" onClick={onEdit}>
          {isEmptyProfile(profile) ? t('client.set') : t('client.edit')}
        </button>
        {!isEmptyProfile(profile) && (
          <button type="button" className="button" onClick={onForget}>
            {t('client.forget')}
          </button>
        )}
      </div>
    </section>
  );
}
