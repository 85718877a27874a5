import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** HSDS `metadata`: one recorded change of one field of one resource (who, when, before, after). */
@Entity()
@Index(['resourceType', 'resourceId', 'lastActionDate'])
export class Metadata {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  resourceId: string;

  /** HSDS table name, e.g. `service`. */
  @Column({ type: 'text' })
  resourceType: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActionDate: Date;

  /** `create`, `update`, `delete`, `verify`, `rollback`, `import`, `seed`. */
  @Column({ type: 'text' })
  lastActionType: string;

  @Column({ type: 'text' })
  fieldName: string;

  @Column({ type: 'text' })
  previousValue: string;

  @Column({ type: 'text' })
  replacementValue: string;

  @Column({ type: 'text' })
  updatedBy: string;
}
