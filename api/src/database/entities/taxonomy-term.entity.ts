import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { LocalizedText, Taxonomy } from './taxonomy.entity.js';

/**
 * HSDS `taxonomy_term`. For our taxonomies `code` is the reference code (e.g. `inkomen/schuldhulp`) and
 * `taxonomy` the taxonomy's code, as our HSDS profile prescribes; terms of other taxonomies are kept as imported.
 */
@Entity()
@Unique(['taxonomyId', 'code'])
export class TaxonomyTerm {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  /** Dutch display name; other languages in `labels`. */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb', default: {} })
  labels: LocalizedText;

  @Column({ type: 'text' })
  description: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne('TaxonomyTerm', { nullable: true, onDelete: 'SET NULL' })
  parent: Relation<TaxonomyTerm> | null;

  /** The taxonomy's code (HSDS `taxonomy` string). */
  @Index()
  @Column({ type: 'text' })
  taxonomy: string;

  @Column({ type: 'uuid' })
  taxonomyId: string;

  @ManyToOne('Taxonomy', (taxonomy: Taxonomy) => taxonomy.terms, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taxonomy_id' })
  taxonomyDetail: Relation<Taxonomy>;

  @Column({ type: 'text', nullable: true })
  language: string | null;

  @Column({ type: 'text', nullable: true })
  termUri: string | null;

  /** Search keywords and synonyms (from `reference/life-domains.json`), in any language. */
  @Column({ type: 'text', array: true, default: [] })
  keywords: string[];

  /** Order within the parent, as in the reference file. */
  @Column({ type: 'int', default: 0 })
  position: number;
}
