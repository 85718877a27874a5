import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemDetailsDto } from './problem-details.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: `errors` names each parameter and the rule it broke.',
  404: 'No such resource.',
  409: 'The resource changed meanwhile.',
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
