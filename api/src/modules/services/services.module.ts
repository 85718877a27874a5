import { Module } from '@nestjs/common';
import { ServicesController } from './services.controller.js';
import { ServicesRepository } from './services.repository.js';
import { ServicesService } from './services.service.js';

/** Published services: list and detail. */
@Module({ controllers: [ServicesController], providers: [ServicesService, ServicesRepository], exports: [ServicesRepository] })
export class ServicesModule {}
