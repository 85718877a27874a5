import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import type { OpenDatabase } from './database/open-database.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { EditingModule } from './modules/editing/editing.module.js';
import { FeedbackModule } from './modules/feedback/feedback.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { HsdsModule } from './modules/hsds/hsds.module.js';
import { OrganizationsModule } from './modules/organizations/organizations.module.js';
import { PlacesModule } from './modules/places/places.module.js';
import { ReferenceModule } from './modules/reference/reference.module.js';
import { ServicesModule } from './modules/services/services.module.js';
import { TaxonomiesModule } from './modules/taxonomies/taxonomies.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { SnapshotModule } from './modules/snapshot/snapshot.module.js';
import { RetentionModule } from './modules/retention/retention.module.js';
import { InsightsModule } from './modules/insights/insights.module.js';
import { SearchInfrastructureModule } from './search/search-infrastructure.module.js';

export const FEATURE_MODULES = [
  // First: its global guard (session, CSRF) runs before every other guard.
  AuthModule,
  UsersModule,
  HealthModule,
  SearchModule,
  OrganizationsModule,
  ServicesModule,
  TaxonomiesModule,
  PlacesModule,
  ReferenceModule,
  HsdsModule,
  SnapshotModule,
  FeedbackModule,
  EditingModule,
  RetentionModule,
  InsightsModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: OpenDatabase): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(database), SearchInfrastructureModule, ...FEATURE_MODULES],
    };
  }
}
