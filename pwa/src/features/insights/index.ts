// The insights pages (issue #14, "Ik kleur de sociale kaart"): coverage, gaps, searches in vain,
// freshness and a printable report per district. Public aggregate figures; moderators see more
// on the searches and freshness pages. Loaded lazily with their strings (app/routes.tsx).
import './insights.css';

export { CoveragePage } from './components/coverage-page';
export { GapsPage } from './components/gaps-page';
export { SearchesPage } from './components/searches-page';
export { FreshnessPage } from './components/freshness-page';
export { ReportsPage } from './components/reports-page';
export { DistrictReportPage } from './components/district-report-page';
