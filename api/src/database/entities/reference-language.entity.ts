import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from './taxonomy.entity.js';

/** A language a service can be offered in (`reference/languages.json`): ISO 639-1, else 639-3. */
@Entity()
export class ReferenceLanguage {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'jsonb' })
  name: LocalizedText;

  /** The language's own name for itself, e.g. `العربية`. */
  @Column({ type: 'text' })
  native: string;

  @Column({ type: 'boolean' })
  rtl: boolean;

  @Column({ type: 'int' })
  position: number;
}
