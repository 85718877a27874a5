// Making a referral card: choose the client's language, then print it, share it or show its QR
// code. The card's link carries only the listing and the language.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { LanguageSelect } from '../../../components/language-switcher';
import { useDocumentTitle } from '../../../components/use-document-title';
import { fixedLanguageT, isUiLanguage, type UiLanguage } from '../../../lib/i18n';
import { LANGUAGE_VARIETY_OF, useHolidays } from '../../../lib/reference-data';
import { rememberedClientProfile } from '../../search';
import { useService } from '../../service';
import { useQrCode } from '../use-qr-code';
import { ReferralCard } from './referral-card';
import { Printer } from 'lucide-react';
import { Icon } from '../../../components/icon';

/**
 * The card's language when the link does not say: the client's (from the client profile of the
 * search), or the language it is a variety of (Darija → Arabic), if the app speaks it.
 */
function clientCardLanguage(): UiLanguage | undefined {
  for (const code of rememberedClientProfile().language) {
    const candidate = isUiLanguage(code) ? code : LANGUAGE_VARIETY_OF[code];
    if (isUiLanguage(candidate)) return candidate;
  }
  return undefined;
}

export function ReferralPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { t, i18n } = useTranslation('referral');
  const fromUrl = params.get('taal');
  const clientLanguage = clientCardLanguage();
  const language: UiLanguage = isUiLanguage(fromUrl) ? fromUrl : (clientLanguage ?? (isUiLanguage(i18n.language) ? i18n.language : 'nl'));
  const { data: service, isLoading } = useService(id);
  const { data: holidays = [] } = useHolidays();
  const { data: cardT } = useQuery({ queryKey: ['fixed-t', language], queryFn: () => fixedLanguageT(language), staleTime: Infinity });
  const link = `${window.location.origin}/diensten/${id}/verwijskaart?taal=${language}`;
  const { data: qrCode } = useQrCode(link);
  const [shareState, setShareState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useDocumentTitle(service ? t('title', { name: service.name }) : null);

  if (isLoading || !cardT) return <PageLoading />;
  if (!service) {
    return (
      <section className="page">
        <h1>{t('notFound')}</h1>
        <Link to="/">{t('backToSearch')}</Link>
      </section>
    );
  }

  const share = async () => {
    const data = { title: service.name, url: link };
    if (navigator.share && navigator.canShare?.(data)) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
      }
    }
    await copy();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setShareState('copied');
    } catch {
      setShareState('failed');
    }
  };

  return (
    <section className="page referral-page">
      <div className="no-print">
        <p className="breadcrumb">
          <Link to={`/diensten/${id}`}>{t('backToService')}</Link>
        </p>
        <h1>{t('heading')}</h1>
        <p>{t('intro')}</p>
        <label className="field field-inline">
          <span>{t('clientLanguage')}</span>
          <LanguageSelect value={language} onChange={(taal) => setParams({ taal }, { replace: true })} />
        </label>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            <Icon icon={Printer} />
            {t('print')}
          </button>
          <button type="button" className="button" onClick={() => void share()}>
            {t('share')}
          </button>
          <button type="button" className="button" onClick={() => void copy()}>
            {t('copyLink')}
          </button>
        </div>
        <p role="status" className="hint">
          {shareState === 'copied' ? t('copied') : shareState === 'failed' ? t('copyFailed') : ''}
        </p>
        <p className="hint">{t('privacy')}</p>
      </div>
      <ReferralCard service={service} language={language} t={cardT} holidays={holidays} link={link} qrCode={qrCode} />
    </section>
  );
}
