import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { District, Wijk } from '../../database/entities/index.js';

export interface DistrictWithCount extends District {
  wijkCount: number;
}

@Injectable()
export class PlacesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findDistricts(): Promise<DistrictWithCount[]> {
    const { entities, raw } = await this.dataSource
      .getRepository(District)
      .createQueryBuilder('district')
      .addSelect((sub) => sub.select('count(*)::int').from(Wijk, 'wijk').where('wijk.district_id = district.id'), 'wijk_count')
      .orderBy('district.name')
      .getRawAndEntities<{ wijk_count: number }>();
    return entities.map((district, i) => Object.assign(district, { wijkCount: raw[i].wijk_count }));
  }

  async findDistrict(id: string): Promise<DistrictWithCount | null> {
    const districts = await this.findDistricts();
    return districts.find((d) => d.id === id) ?? null;
  }

  findWijken(districtId?: string): Promise<Wijk[]> {
    return this.dataSource.getRepository(Wijk).find({
      where: districtId ? { districtId } : {},
      relations: { district: true },
      order: { districtId: 'ASC', name: 'ASC' },
    });
  }

  findWijk(id: string): Promise<Wijk | null> {
    return this.dataSource.getRepository(Wijk).findOne({ where: { id }, relations: { district: true } });
  }
}
