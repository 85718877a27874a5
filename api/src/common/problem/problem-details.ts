import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { InvalidParam } from './domain-exception.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export class InvalidParamDto implements InvalidParam {
  @ApiProperty({ example: 'pageSize' })
  name: string;

  @ApiProperty({ enum: ['query', 'path', 'body', 'header'], example: 'query' })
  in: 'query' | 'path' | 'body' | 'header';

  @ApiProperty({ example: 'must not be greater than 100' })
  reason: string;
}

/** RFC 9457 problem details; `errors` names every invalid input. */
export class ProblemDetailsDto {
  @ApiProperty({ example: '/api/problems/validation-failed' })
  type: string;

  @ApiProperty({ example: 'Invalid request' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ example: 'Invalid pageSize: must not be greater than 100' })
  detail: string;

  @ApiProperty({ example: '/api/v1/services?pageSize=500' })
  instance: string;

  @ApiPropertyOptional({ description: 'Correlation id of a server error, as logged.' })
  correlationId?: string;

  @ApiPropertyOptional({ description: 'Health check: the state of each dependency.', type: 'object', additionalProperties: true })
  checks?: unknown;

  @ApiPropertyOptional({ description: 'Version conflict (409): the version the resource is at now.', example: 4 })
  currentVersion?: number;

  @ApiPropertyOptional({ description: 'Version conflict (409): the resource as it is now.', type: 'object', additionalProperties: true })
  current?: unknown;

  @ApiPropertyOptional({ type: [InvalidParamDto] })
  errors?: InvalidParamDto[];
}
