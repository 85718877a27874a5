import { Module } from '@nestjs/common';
import { ClaimsController } from './claims.controller.js';
import { ClaimsRepository } from './claims.repository.js';
import { ClaimsService } from './claims.service.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

/** User administration and joining an organisation: invitations, roles, claims. Builds on AuthModule. */
@Module({ controllers: [UsersController, ClaimsController], providers: [UsersService, ClaimsService, ClaimsRepository] })
export class UsersModule {}
