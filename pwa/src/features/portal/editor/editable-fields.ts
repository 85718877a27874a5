// The fields of a service the portal edits, in the order of the form.
import type { ListingValues } from './listing-values';

export type EditableServiceField = keyof ListingValues;

export const TEXT_FIELDS = [
  'name',
  'alternateName',
  'description',
  'applicationProcess',
  'eligibilityDescription',
  'feesDescription',
] as const satisfies readonly EditableServiceField[];

export const EDITABLE_FIELDS = [
  ...TEXT_FIELDS,
  'email',
  'url',
  'status',
  'translations',
  'publicationState',
  'openingHours',
  'languages',
  'lifeDomains',
  'targetGroups',
  'costs',
  'serviceArea',
  'locations',
] as const satisfies readonly EditableServiceField[];

/** Languages a service's texts are translated into (Dutch is the base). */
export const TRANSLATION_LANGUAGES = ['fr', 'en', 'ar', 'tr', 'pl'] as const;
/** The texts that are translated in the portal. */
export const TRANSLATED_FIELDS = ['name', 'description', 'applicationProcess'] as const;
