// Column helpers shared by the HSDS entities: our additions (translations, publication state,
// verification, optimistic locking) have the same shape on every listing table.
import { Column, CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Languages a listing's text may be translated into; Dutch is the base text, not a translation. */
export const TRANSLATION_LANGUAGES = [
  'fr',
  'en',
  'ar',
  'tr',
  'pl',
  'uk',
  'ru',
  'ro',
  'bg',
  'es',
  'de',
  'so',
  'ti',
  'prs',
  'ps',
  'fa',
] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** `{ "fr": { "name": "…", "description": "…" } }`: per language, per text field. */
export type Translations<Field extends string> = Partial<Record<TranslationLanguage, Partial<Record<Field, string>>>>;

export const PUBLICATION_STATES = ['draft', 'published', 'archived'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

/** Created/updated timestamps and a version number for optimistic locking. */
export abstract class TrackedEntity {
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

/** A listing that is published, verified and translated: organization and service. */
export abstract class ListingEntity extends TrackedEntity {
  @Column({ type: 'enum', enum: PUBLICATION_STATES, default: 'draft' })
  publicationState: PublicationState;

  @Column({ type: 'timestamptz', nullable: true })
  lastVerifiedAt: Date | null;

  /** Who confirmed the listing is still correct (a user id or e-mail once accounts exist). */
  @Column({ type: 'text', nullable: true })
  lastVerifiedBy: string | null;
}
