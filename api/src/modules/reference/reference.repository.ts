import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, type DataSource } from 'typeorm';
import { Holiday, ReferenceLanguage } from '../../database/entities/index.js';

@Injectable()
export class ReferenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findLanguages(): Promise<ReferenceLanguage[]> {
    return this.dataSource.getRepository(ReferenceLanguage).find({ order: { position: 'ASC' } });
  }

  findHolidays(filter: { year?: number; kind?: Holiday['kind'] }): Promise<Holiday[]> {
    return this.dataSource.getRepository(Holiday).find({
      where: {
        ...(filter.year ? { date: Between(`${filter.year}-01-01`, `${filter.year}-12-31`) } : {}),
        ...(filter.kind ? { kind: filter.kind } : {}),
      },
      order: { date: 'ASC' },
    });
  }
}
