// The Meilisearch index settings, kept in code and applied by `prepare()` (idempotent).
import type { Settings } from 'meilisearch';
import { SYNONYMS } from '@sociale-kaart/core';

export const MEILI_SETTINGS: Settings = {
  // Order is rank: a match in the name outranks one in the organisation, the labels or the text.
  searchableAttributes: ['name', 'organizationName', 'terms', 'body', 'translatedText'],
  filterableAttributes: [
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
    'openSlots',
    'opensOnHolidays',
    'followsPublicSectorCalendar',
    '_geo',
  ],
  sortableAttributes: ['nameKey', 'updatedAt', '_geo'],
  displayedAttributes: ['id', 'document'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  synonyms: SYNONYMS,
  localizedAttributes: [{ attributePatterns: ['name', 'organizationName', 'body'], locales: ['nld'] }],
  pagination: { maxTotalHits: 250_000 },
  faceting: { maxValuesPerFacet: 200 },
};
