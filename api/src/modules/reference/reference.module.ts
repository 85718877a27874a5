import { Module } from '@nestjs/common';
import { ReferenceController } from './reference.controller.js';
import { ReferenceRepository } from './reference.repository.js';

/** Languages and Belgian holidays. */
@Module({ controllers: [ReferenceController], providers: [ReferenceRepository], exports: [ReferenceRepository] })
export class ReferenceModule {}
