import { Module } from '@nestjs/common';
import { EditingController } from './editing.controller.js';
import { OrganizationEditingController } from './organization-editing.controller.js';
import { EditingRepository } from './editing.repository.js';
import { EditingService } from './editing.service.js';
import { OrganizationEditingService } from './organization-editing.service.js';
import { RevisionsController } from './revisions.controller.js';
import { RevisionsService } from './revisions.service.js';

/** Editing listings through revisions: moderation, history and rollback, verification (issue #5). */
@Module({
  controllers: [EditingController, OrganizationEditingController, RevisionsController],
  providers: [EditingRepository, EditingService, OrganizationEditingService, RevisionsService],
})
export class EditingModule {}
