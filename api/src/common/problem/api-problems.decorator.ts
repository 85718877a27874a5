import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemDetailsDto } from './problem-details.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: `errors` names each parameter and the rule it broke.',
  401: 'Not logged in (no valid session cookie), or a wrong e-mail or password.',
  403: 'Not allowed for this user, or a write without the session’s `X-CSRF-Token`.',
  404: 'No such resource.',
  409: 'The resource changed meanwhile.',
  410: 'Gone: a one-time link that was used or has expired, or a change-feed cursor older than retention keeps (download the snapshot again).',
  413: 'Too large: the body, what it unpacks to, or its number of records is over the limit (`errors` says which).',
  429: 'Too many requests: try again after the `Retry-After` header’s number of seconds.',
  503: 'A dependency (the database) does not answer.',
};

/** Documents the problem+json responses an operation can give. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status],
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: `#/components/schemas/${ProblemDetailsDto.name}` } } },
      }),
    ),
  );
}
