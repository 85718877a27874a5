export { SearchPage } from './components/search-page';
export { filtersFromParams, filtersToParams, type SearchFilters } from './search-filters';
