import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from './taxonomy.entity.js';

export const HOLIDAY_KINDS = ['legal', 'public-sector'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** A Belgian holiday (`reference/holidays-be.json`), a calendar date in Europe/Brussels. */
@Entity()
export class Holiday {
  @PrimaryColumn({ type: 'date' })
  date: string;

  @Column({ type: 'jsonb' })
  name: LocalizedText;

  /** `legal`: one of the 10 legal holidays; `public-sector`: a day off for city and Flemish staff. */
  @Column({ type: 'enum', enum: HOLIDAY_KINDS, enumName: 'holiday_kind' })
  kind: HolidayKind;
}
