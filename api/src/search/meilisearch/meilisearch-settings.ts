// The Meilisearch index settings, kept in code and applied by `prepare()` (idempotent).
import type { Settings } from 'meilisearch';
import { SYNONYMS } from '@sociale-kaart/core';
import { RETRIEVED } from './meilisearch-document.js';

export const MEILI_SETTINGS: Settings = {
  // Order is rank: a match in the name outranks one in the organisation, the labels or the text.
  searchableAttributes: ['name', 'organizationName', 'terms', 'body', 'translatedText'],
  filterableAttributes: [
    'serviceId',
    'position',
    'lifeDomains',
    'targetGroups',
    'languages',
    'access',
    'isFree',
    'servesCity',
    'servesDistricts',
    'servesWijken',
    'locatedDistricts',
    'locatedWijken',
    'slots',
    'daySlots',
    'nightSlots',
    'checkSlots',
    'opensOnHolidays',
    'followsPublicSectorCalendar',
    '_geo',
  ],
  sortableAttributes: ['nameKey', 'updatedAt', 'serviceId', '_geo'],
  // One document per location: a service comes back once, by its best-ranked (nearest) location.
  distinctAttribute: 'serviceId',
  displayedAttributes: [...RETRIEVED],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  synonyms: SYNONYMS,
  localizedAttributes: [{ attributePatterns: ['name', 'organizationName', 'body'], locales: ['nld'] }],
  // Nobody searches within facet values: not building that index makes indexing faster.
  facetSearch: false,
  pagination: { maxTotalHits: 250_000 },
  faceting: { maxValuesPerFacet: 200 },
};
