// The screens. Search is the start page; the rest load as the social worker opens them.
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './layout';
import { SearchPage } from '../features/search';
import { PageLoading } from '../components/page-loading';
import { NotFoundPage } from './not-found-page';

const ServicePage = lazy(() => import('../features/service').then((m) => ({ default: m.ServicePage })));
const ReferralPage = lazy(() => import('../features/referral').then((m) => ({ default: m.ReferralPage })));
const FavouritesPage = lazy(() => import('../features/favourites').then((m) => ({ default: m.FavouritesPage })));
const AboutPage = lazy(() => import('./about-page').then((m) => ({ default: m.AboutPage })));
const PortalPage = lazy(() => import('../features/portal').then((m) => ({ default: m.PortalPage })));
const LoginPage = lazy(() => import('../features/portal').then((m) => ({ default: m.LoginPage })));
const PasswordPage = lazy(() => import('../features/portal').then((m) => ({ default: m.PasswordPage })));

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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function Lazy({ page }: { page: React.ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{page}</Suspense>;
}
