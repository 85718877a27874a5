import { Injectable, Logger } from '@nestjs/common';
import { DomainException, NotFoundProblem, ProblemCode, RateLimitedProblem } from '../../common/problem/domain-exception.js';
import { type Page, toPage } from '../../common/pagination/page.js';
import type { CreateFeedbackDto, FeedbackItemDto, FeedbackListQueryDto, FeedbackReceiptDto } from './feedback.dto.js';
import type { Feedback } from './feedback.entity.js';
import { FeedbackRateLimiter } from './feedback-rate-limiter.js';
import { FeedbackRepository } from './feedback.repository.js';

function toItem(feedback: Feedback): FeedbackItemDto {
  return {
    id: feedback.id,
    status: feedback.status,
    service: { id: feedback.service.id, name: feedback.service.name },
    topic: feedback.topic,
    message: feedback.message,
    createdAt: feedback.createdAt.toISOString(),
    resolvedAt: feedback.resolvedAt?.toISOString() ?? null,
    resolvedBy: feedback.resolvedBy,
    resolutionNote: feedback.resolutionNote,
  };
}

@Injectable()
export class FeedbackService {
  private readonly logger = new Logger('Feedback');

  constructor(
    private readonly feedback: FeedbackRepository,
    private readonly limiter: FeedbackRateLimiter,
  ) {}

  /**
   * Files a public report about a published service. `clientAddress` only feeds the rate limiter;
   * it is neither stored nor logged.
   */
  async submit(serviceId: string, input: CreateFeedbackDto, clientAddress: string): Promise<FeedbackReceiptDto> {
    if (!(await this.feedback.isPublishedService(serviceId))) throw new NotFoundProblem('published service', serviceId);
    const limited = await this.limiter.take(clientAddress, serviceId);
    if (limited) {
      throw new RateLimitedProblem(
        limited.limitedBy === 'address'
          ? 'Too many reports from this connection. Try again later.'
          : 'This service has received many reports recently. Try again later.',
        limited.retryAfterSeconds,
      );
    }
    const saved = await this.feedback.insertOpen({ serviceId, topic: input.topic, message: input.message });
    // The message may hold what the form asks people not to write (a client's name): it stays out of logs.
    this.logger.log(`feedback ${saved.id} on service ${serviceId}: topic ${saved.topic}, ${saved.message.length} characters`);
    return { id: saved.id, status: saved.status };
  }

  async list(query: FeedbackListQueryDto): Promise<Page<FeedbackItemDto>> {
    const { items, total } = await this.feedback.findPage({ status: query.status, offset: query.offset, limit: query.pageSize });
    return toPage(items.map(toItem), total, query);
  }

  async resolve(id: string, note: string, moderatorId: string): Promise<FeedbackItemDto> {
    const isResolved = await this.feedback.resolveOpen(id, { note, resolvedBy: moderatorId });
    const feedback = await this.feedback.findWithService(id);
    if (!feedback) throw new NotFoundProblem('feedback', id);
    if (!isResolved) throw new DomainException(ProblemCode.Conflict, `Feedback ${id} was already resolved.`);
    this.logger.log(`feedback ${id} resolved by user ${moderatorId}`);
    return toItem(feedback);
  }
}
