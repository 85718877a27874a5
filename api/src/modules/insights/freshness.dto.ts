import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AppliedFiltersDto, AreaServiceOrganizationDto } from './coverage.dto.js';

export class ShareDto {
  @ApiProperty({ description: 'Published, active listings counted.' })
  listings: number;

  @ApiProperty({ description: 'Of those, verified within the last 180 days.' })
  verified: number;

  @ApiProperty({ type: Number, nullable: true, description: 'verified / listings, 0–1 (3 decimals); null without listings.' })
  share: number | null;
}

export class LifeDomainShareDto extends ShareDto {
  @ApiProperty()
  lifeDomain: string;
}

export class DistrictFreshnessDto extends ShareDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: [LifeDomainShareDto], description: 'Per life domain (sub-domains included in their parent) with listings.' })
  lifeDomains: LifeDomainShareDto[];
}

export class OldestListingDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  organization: AreaServiceOrganizationDto;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'null: never verified.' })
  lastVerifiedAt: string | null;
}

export class OrganizationFreshnessDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  listings: number;

  @ApiProperty({ description: 'Listings not verified within 180 days.' })
  stale: number;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'The oldest verification among its listings; null: one was never verified.',
  })
  oldestVerifiedAt: string | null;
}

export class FreshnessWeekDto extends ShareDto {
  @ApiProperty({ type: String, format: 'date', description: 'Monday of the week (Europe/Brussels).' })
  week: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null: the whole city.' })
  districtId: string | null;
}

export class FreshnessResponseDto {
  @ApiProperty({ example: 180 })
  staleAfterDays: number;

  @ApiProperty({ type: String, format: 'date-time', description: 'Verified at or after this moment counts as verified.' })
  verifiedSince: string;

  @ApiProperty()
  filters: AppliedFiltersDto;

  @ApiProperty({ type: ShareDto })
  city: ShareDto;

  @ApiProperty({ type: [DistrictFreshnessDto], description: 'Listings serving residents of each district (its own or the whole city).' })
  districts: DistrictFreshnessDto[];

  @ApiProperty({ type: [OldestListingDto], description: 'Least recently verified first (never verified first of all).' })
  oldest: OldestListingDto[];

  @ApiProperty({ type: [OrganizationFreshnessDto], description: 'Organisations with stale listings, most stale first.' })
  organizations: OrganizationFreshnessDto[];

  @ApiProperty({ description: 'Organisations with stale listings in all (`organizations` shows `limit` of them).' })
  organizationsWithStale: number;

  @ApiProperty({
    type: [FreshnessWeekDto],
    description:
      'Weekly record (the figures as they stood at the end of each week, recorded since insights were installed): the city and each district, for all life domains, or for the one `lifeDomain` filter. Other filters do not apply.',
  })
  weekly: FreshnessWeekDto[];

  @ApiProperty({ type: String, format: 'date-time' })
  generatedAt: string;
}
