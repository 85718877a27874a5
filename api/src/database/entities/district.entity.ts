import { Column, Entity, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import type { Geometry } from 'geojson';
import type { Wijk } from './wijk.entity.js';

/** One of Antwerp's 10 districts (reference data from `data/geo`). Id is the slug, e.g. `borgerhout`. */
@Entity()
export class District {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', array: true, default: [] })
  postcodes: string[];

  /** GeoJSON Polygon or MultiPolygon, WGS84. */
  @Column({ type: 'jsonb' })
  geometry: Geometry;

  @Column({ type: 'double precision' })
  labelLatitude: number;

  @Column({ type: 'double precision' })
  labelLongitude: number;

  @OneToMany('Wijk', (wijk: Wijk) => wijk.district)
  wijken: Relation<Wijk[]>;
}
