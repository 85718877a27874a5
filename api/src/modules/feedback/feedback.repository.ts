import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Feedback, Service } from '../../database/entities/index.js';
import { wherePublished } from '../services/services.repository.js';
import type { FeedbackStatus, FeedbackTopic } from './feedback.entity.js';

@Injectable()
export class FeedbackRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  isPublishedService(serviceId: string): Promise<boolean> {
    return wherePublished(this.dataSource.getRepository(Service).createQueryBuilder('service'))
      .andWhere('service.id = :serviceId', { serviceId })
      .getExists();
  }

  /** A new, open report. */
  insertOpen(report: { serviceId: string; topic: FeedbackTopic; message: string }): Promise<Feedback> {
    const feedback = this.dataSource.getRepository(Feedback);
    return feedback.save(feedback.create({ ...report, status: 'open' }));
  }

  /** One page of the queue, with each report's service name (published or not: the report stays). */
  async findPage(page: { status: FeedbackStatus; offset: number; limit: number }): Promise<{ items: Feedback[]; total: number }> {
    const query = this.dataSource
      .getRepository(Feedback)
      .createQueryBuilder('feedback')
      .innerJoin('feedback.service', 'service')
      .addSelect(['service.id', 'service.name'])
      .where('feedback.status = :status', { status: page.status })
      .skip(page.offset)
      .take(page.limit);
    if (page.status === 'open') query.orderBy('feedback.created_at', 'ASC');
    else query.orderBy('feedback.resolved_at', 'DESC');
    const [items, total] = await query.addOrderBy('feedback.id', 'ASC').getManyAndCount();
    return { items, total };
  }

  findWithService(id: string): Promise<Feedback | null> {
    return this.dataSource.getRepository(Feedback).findOne({ where: { id }, relations: { service: true } });
  }

  /** Resolves an open report; false when it was not open (any more), so two moderators cannot both resolve it. */
  async resolveOpen(id: string, resolution: { note: string; resolvedBy: string }): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(Feedback)
      .createQueryBuilder()
      .update()
      .set({ status: 'resolved', resolvedAt: () => 'now()', resolvedBy: resolution.resolvedBy, resolutionNote: resolution.note || null })
      .where('id = :id AND status = :open', { id, open: 'open' })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
