import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from './taxonomy.entity.js';

export const HOLIDAY_KINDS = ['legal', 'public-sector'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/**
 * A Belgian holiday, a calendar date in Europe/Brussels: the legal ones computed (`belgianHolidays` of
 * the core), the others from `data/reference/holidays-be.json`; seeded ten years ahead at every start.
 */
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
