// What this map is, whose data it shows, and the licences that allow it.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../components/use-document-title';

export function AboutPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('about.title'));
  return (
    <section className="page prose">
      <h1>{t('about.title')}</h1>
      <p>{t('about.intro')}</p>
      <p className="demo-notice" role="note">
        {t('about.demo')}
      </p>
      <h2>{t('about.sourcesTitle')}</h2>
      <ul>
        <li>
          {t('about.osm')} <a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a>
        </li>
        <li lang="nl">
          Wijken: “Wijken voor omgevingsanalyse. © gemeentebesturen, verzameld door Data &amp; Analyse van de Vlaamse provincies”
          (Modellicentie Gratis Hergebruik v1.0), {t('about.statbel')}
        </li>
        <li>
          {t('about.hsds')} <a href="https://openreferral.org/">Open Referral HSDS</a> (CC BY-SA 4.0)
        </li>
      </ul>
      <h2>{t('about.privacyTitle')}</h2>
      <p>{t('about.privacy')}</p>
      <h2 id="zoekopdrachten">{t('about.searchesTitle')}</h2>
      <p>{t('about.searchesWhy')}</p>
      <ul>
        <li>{t('about.searchesText')}</li>
        <li>{t('about.searchesNot')}</li>
        <li>{t('about.searchesRetention')}</li>
        <li>{t('about.searchesOffline')}</li>
      </ul>
      <p>
        <Link to="/inzicht">{t('about.insightsLink')}</Link>
      </p>
      <p>
        <a href="/api/docs">{t('about.api')}</a>
      </p>
    </section>
  );
}
