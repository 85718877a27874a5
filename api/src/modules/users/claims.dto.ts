import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CLAIM_STATUSES, type ClaimStatus } from '../auth/entities/organization-claim.entity.js';

export class ClaimCreateDto {
  @ApiPropertyOptional({ description: 'Who you are and why you manage this organisation.', example: 'Ik ben coördinator van deze dienst.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}

export class ClaimDecisionDto {
  @ApiPropertyOptional({ description: 'Shown to the claimant.', example: 'Bevestigd via telefoon.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class ClaimListQueryDto {
  @ApiPropertyOptional({ enum: CLAIM_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(CLAIM_STATUSES)
  status?: ClaimStatus;
}

export class ClaimDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  organizationId: string;

  @ApiProperty()
  organizationName: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  userEmail: string;

  @ApiProperty()
  userDisplayName: string;

  @ApiProperty()
  message: string;

  @ApiProperty({ enum: CLAIM_STATUSES, enumName: 'ClaimStatus' })
  status: ClaimStatus;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  decidedBy: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  decidedAt: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  comment: string | null;
}
