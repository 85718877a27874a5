// Names for the API's types, generated from the committed OpenAPI document (src/generated/api.ts,
// `npm run generate:api`): features import these instead of writing API types by hand.
import type { components, operations } from '../generated/api';

type Schemas = components['schemas'];

export type SearchResponse = Schemas['SearchResponseDto'];
export type SearchHit = Schemas['SearchHitDto'];
export type SearchFacets = Schemas['FacetsDto'];
export type OpenStatus = Schemas['OpenStatusDto'];
export type SearchQuery = NonNullable<operations['Search_find']['parameters']['query']>;
