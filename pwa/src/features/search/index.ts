export { SearchPage } from './components/search-page';
export { EMPTY_FILTERS, filtersFromParams, filtersToParams, type SearchFilters } from '@sociale-kaart/core';
export { rememberedClientProfile } from './hooks/use-client-profile';
// The insights pages filter by the same life domains and languages.
export { LifeDomainFilter } from './components/life-domain-filter';
export { LanguagePicker } from './components/language-picker';
