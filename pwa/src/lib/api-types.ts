// Names for the API's types, generated from the committed OpenAPI document (src/generated/api.ts,
// `npm run generate:api`): features import these instead of writing API types by hand.
import type { components, operations } from '../generated/api';

type Schemas = components['schemas'];

export type SearchResponse = Schemas['SearchResponseDto'];
export type SearchHit = Schemas['SearchHitDto'];
export type OpenStatus = Schemas['OpenStatusDto'];
// The generated FacetsDto reads `Record<string, never>` (the OpenAPI document does not type the
// counts); the core's shape is the one both hosts answer with.
export type { SearchFacets } from '@sociale-kaart/core';
export type SearchQuery = NonNullable<operations['Search_find']['parameters']['query']>;

// The insights API (issue #14).
export type CoverageResponse = Schemas['CoverageResponseDto'];
export type CoverageArea = Schemas['CoverageAreaDto'];
export type GapsResponse = Schemas['GapsResponseDto'];
export type Gap = Schemas['GapDto'];
export type FreshnessResponse = Schemas['FreshnessResponseDto'];
export type DistrictFreshness = Schemas['DistrictFreshnessDto'];
export type Share = Schemas['ShareDto'];
