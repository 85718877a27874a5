// The screens. Search is the start page; the rest load as the social worker opens them.
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './layout';
import { SearchPage } from '../features/search';
import { PageLoading } from '../components/page-loading';
import { NotFoundPage } from './not-found-page';
import { loadInsightsStrings, loadPortalStrings } from '../lib/i18n';

const ServicePage = lazy(() => import('../features/service').then((m) => ({ default: m.ServicePage })));
const ReferralPage = lazy(() => import('../features/referral').then((m) => ({ default: m.ReferralPage })));
const FavouritesPage = lazy(() => import('../features/favourites').then((m) => ({ default: m.FavouritesPage })));
const AboutPage = lazy(() => import('./about-page').then((m) => ({ default: m.AboutPage })));
// The portal's screens come with their Dutch strings (i18n.ts keeps them out of the app's first load).
const portal = () => Promise.all([import('../features/portal'), loadPortalStrings()]).then(([m]) => m);
const editor = () => Promise.all([import('../features/portal/editor'), loadPortalStrings()]).then(([m]) => m);
const moderation = () => Promise.all([import('../features/portal/moderation'), loadPortalStrings()]).then(([m]) => m);
// The insights pages (issue #14), with their strings, and the printable district report.
const insights = () => Promise.all([import('../features/insights'), loadInsightsStrings()]).then(([m]) => m);
const CoveragePage = lazy(() => insights().then((m) => ({ default: m.CoveragePage })));
const GapsPage = lazy(() => insights().then((m) => ({ default: m.GapsPage })));
const SearchesPage = lazy(() => insights().then((m) => ({ default: m.SearchesPage })));
const FreshnessPage = lazy(() => insights().then((m) => ({ default: m.FreshnessPage })));
const ReportsPage = lazy(() => insights().then((m) => ({ default: m.ReportsPage })));
const DistrictReportPage = lazy(() => insights().then((m) => ({ default: m.DistrictReportPage })));
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
        <Route path="inzicht" element={<Lazy page={<CoveragePage />} />} />
        <Route path="inzicht/hiaten" element={<Lazy page={<GapsPage />} />} />
        <Route path="inzicht/zoekopdrachten" element={<Lazy page={<SearchesPage />} />} />
        <Route path="inzicht/actualiteit" element={<Lazy page={<FreshnessPage />} />} />
        <Route path="inzicht/rapport" element={<Lazy page={<ReportsPage />} />} />
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
      {/* An A4 page for a district council's table: without the app's header and navigation. */}
      <Route path="inzicht/rapport/:district" element={<Lazy page={<DistrictReportPage />} />} />
    </Routes>
  );
}

function Lazy({ page }: { page: React.ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{page}</Suspense>;
}
