import { Column, Entity, Index, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Geometry } from 'geojson';
import type { District } from './district.entity.js';

/** One of Antwerp's 67 wijken (reference data from `data/geo`), e.g. `11002Z09` Historisch Centrum. */
@Entity()
export class Wijk {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Index()
  @Column({ type: 'text' })
  districtId: string;

  @ManyToOne('District', (district: District) => district.wijken, { onDelete: 'CASCADE' })
  district: Relation<District>;

  /** GeoJSON Polygon or MultiPolygon, WGS84. */
  @Column({ type: 'jsonb' })
  geometry: Geometry;
}
