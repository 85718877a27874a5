import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { MembershipDto, TrimEmail } from '../auth/auth.dto.js';
import { ROLES, type Role } from '../auth/entities/app-user.entity.js';

export class InvitationDto {
  @ApiProperty({ example: 'new.editor@example.org' })
  @TrimEmail()
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role', default: 'editor', description: 'Only admins may invite moderators and admins.' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'The organisation to join; required for an editor.' })
  @IsOptional()
  @IsUUID('all')
  organizationId?: string;

  @ApiPropertyOptional({ example: 'An Peeters' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  displayName?: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role: Role;

  @ApiProperty({ description: 'False until the user has set a password (an open invitation).' })
  hasPassword: boolean;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  disabledAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: [MembershipDto] })
  organizations: MembershipDto[];
}

export class InvitationResultDto {
  @ApiProperty({ type: UserDto })
  user: UserDto;

  @ApiProperty({ description: 'True when the user was new or had no password yet, and was mailed a link to set one.' })
  isInvitationSent: boolean;

  @ApiProperty({ description: 'True when the membership was new.' })
  isMembershipAdded: boolean;
}

export class UserUpdateDto {
  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'True: the user cannot log in and is logged out; false: enabled again.' })
  @IsOptional()
  @IsBoolean()
  isDisabled?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;
}
