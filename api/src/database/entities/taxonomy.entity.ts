import { Column, Entity, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { TaxonomyTerm } from './taxonomy-term.entity.js';

export type LocalizedText = Partial<Record<string, string>> & { nl: string };

/** HSDS `taxonomy`. `code` is the stable name terms refer to (`levensdomein`, `doelgroep`, `toegang`). */
@Entity()
export class Taxonomy {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  code: string;

  /** Dutch display name; other languages in `labels`. */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb', default: {} })
  labels: LocalizedText;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', nullable: true })
  uri: string | null;

  @Column({ type: 'text', nullable: true })
  version: string | null;

  @OneToMany('TaxonomyTerm', (term: TaxonomyTerm) => term.taxonomyDetail)
  terms: Relation<TaxonomyTerm[]>;
}
