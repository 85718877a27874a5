import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from './entities/app-user.entity.js';

/** argon2 hashes any length, but a megabyte "password" is a denial of service, not a password. */
export const PASSWORD_MAX_LENGTH = 256;
export const PASSWORD_MIN_LENGTH = 12;

/** Phones' keyboards add a space after an address. */
export const TrimEmail = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class LoginDto {
  @ApiProperty({ example: 'editor@example.org' })
  @TrimEmail()
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'editor@example.org' })
  @TrimEmail()
  @IsEmail()
  @MaxLength(320)
  email: string;
}

export class SetPasswordDto {
  @ApiProperty({ description: 'The token from the invitation or reset link.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class MembershipDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'CAW Antwerpen (demo)' })
  name: string;
}

export class CurrentUserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'editor@example.org' })
  email: string;

  @ApiProperty({ example: 'An Peeters' })
  displayName: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role: Role;

  @ApiProperty({ type: [MembershipDto], description: 'Organisations the user is a member of.' })
  organizations: MembershipDto[];
}

export class SessionDto {
  @ApiProperty({ type: CurrentUserDto })
  user: CurrentUserDto;

  @ApiProperty({ description: 'Send it as `X-CSRF-Token` with every write (POST, PUT, PATCH, DELETE).' })
  csrfToken: string;

  @ApiProperty({ format: 'date-time', description: 'When the session ends unless it is used before then.' })
  expiresAt: string;
}
