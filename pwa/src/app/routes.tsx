// The screens. Search is the start page; the rest load as the social worker opens them.
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './layout';
import { SearchPage } from '../features/search';
import { PageLoading } from '../components/page-loading';
import { NotFoundPage } from './not-found-page';
import { loadPortalStrings } from '../lib/i18n';

const ServicePage = lazy(() => import('../features/service').then((m) => ({ default: m.ServicePage })));
const ReferralPage = lazy(() => import('../features/referral').then((m) => ({ default: m.ReferralPage })));
const FavouritesPage = lazy(() => import('../features/favourites').then((m) => ({ default: m.FavouritesPage })));
const AboutPage = lazy(() => import('./about-page').then((m) => ({ default: m.AboutPage })));
// The portal's screens come with their Dutch strings (i18n.ts keeps them out of the app's first load).
const portal = () => Promise.all([import('../features/portal'), loadPortalStrings()]).then(([m]) => m);
const editor = () => Promise.all([import('../features/portal/editor'), loadPortalStrings()]).then(([m]) => m);
const moderation = () => Promise.all([import('../features/portal/moderation'), loadPortalStrings()]).then(([m]) => m);
const PortalPage = lazy(() => portal().then((m) => ({ default: m.PortalPage })));
const LoginPage = lazy(() => portal().then((m) => ({ default: m.LoginPage })));
const PasswordPage = lazy(() => portal().then((m) => ({ default: m.PasswordPage })));
const ServiceEditorPage = lazy(() => editor().then((m) => ({ default: m.ServiceEditorPage })));
const OrganisationPage = lazy(() => editor().then((m) => ({ default: m.OrganisationPage })));
const RevisionQueuePage = lazy(() => moderation().then((m) => ({ default: m.RevisionQueuePage })));
const StalePage = lazy(() => moderation().then((m) => ({ default: m.StalePage })));
const FeedbackQueuePage = lazy(() => moderation().then((m) => ({ default: m.FeedbackQueuePage })));
const ClaimsPage = lazy(() => moderation().then((m) => ({ default: m.ClaimsPage })));
const InvitePage = lazy(() => moderation().then((m) => ({ default: m.InvitePage })));
const HistoryPage = lazy(() => moderation().then((m) => ({ default: m.HistoryPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<SearchPage />} />
        <Route path="diensten/:id" element={<Lazy page={<ServicePage />} />} />
        <Route path="diensten/:id/verwijskaart" element={<Lazy page={<ReferralPage />} />} />
        <Route path="mijn-netwerk" element={<Lazy page={<FavouritesPage />} />} />
        <Route path="over" element={<Lazy page={<AboutPage />} />} />
        <Route path="portaal" element={<Lazy page={<PortalPage />} />} />
        <Route path="portaal/aanmelden" element={<Lazy page={<LoginPage />} />} />
        <Route path="portaal/wachtwoord" element={<Lazy page={<PasswordPage />} />} />
        <Route path="portaal/organisaties/:id" element={<Lazy page={<OrganisationPage />} />} />
        <Route path="portaal/diensten/:id" element={<Lazy page={<ServiceEditorPage />} />} />
        <Route path="portaal/diensten/:id/geschiedenis" element={<Lazy page={<HistoryPage />} />} />
        <Route path="portaal/moderatie" element={<Lazy page={<RevisionQueuePage />} />} />
        <Route path="portaal/moderatie/verouderd" element={<Lazy page={<StalePage />} />} />
        <Route path="portaal/moderatie/meldingen" element={<Lazy page={<FeedbackQueuePage />} />} />
        <Route path="portaal/moderatie/aanvragen" element={<Lazy page={<ClaimsPage />} />} />
        <Route path="portaal/uitnodigen" element={<Lazy page={<InvitePage />} />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function Lazy({ page }: { page: React.ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{page}</Suspense>;
}
