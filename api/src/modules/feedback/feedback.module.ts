import { Module } from '@nestjs/common';
import { FeedbackController } from './feedback.controller.js';
import { FeedbackRateLimiter } from './feedback-rate-limiter.js';
import { FeedbackRepository } from './feedback.repository.js';
import { FeedbackService } from './feedback.service.js';

/** Public "report a problem" on a service: anonymous, rate limited, into the moderators' queue. */
@Module({
  controllers: [FeedbackController],
  providers: [FeedbackService, FeedbackRepository, FeedbackRateLimiter],
})
export class FeedbackModule {}
