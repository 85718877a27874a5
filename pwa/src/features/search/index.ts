export { SearchPage } from './components/search-page';
export { EMPTY_FILTERS, filtersFromParams, filtersToParams, type SearchFilters } from '@sociale-kaart/core';
export { rememberedClientProfile } from './hooks/use-client-profile';
