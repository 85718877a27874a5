/** What went wrong, independent of HTTP; the problem filter maps each code to a status and a type. */
export enum ProblemCode {
  ValidationFailed = 'validation-failed',
  NotFound = 'not-found',
  Conflict = 'conflict',
}

/** One invalid input: the parameter or field it concerns, where it was, and the rule it broke. */
export interface InvalidParam {
  name: string;
  in: 'query' | 'path' | 'body' | 'header';
  reason: string;
}

/** A failure the client can act on. Services throw these; they never know about HTTP. */
export class DomainException extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly errors: InvalidParam[] = [],
  ) {
    super(message);
    this.name = 'DomainException';
  }
}

export class NotFoundProblem extends DomainException {
  constructor(resource: string, id: string) {
    super(ProblemCode.NotFound, `No ${resource} with id ${id}.`);
  }
}

export class ValidationProblem extends DomainException {
  constructor(errors: InvalidParam[]) {
    super(
      ProblemCode.ValidationFailed,
      errors.length === 1 ? `Invalid ${errors[0].name}: ${errors[0].reason}` : `${errors.length} inputs are invalid.`,
      errors,
    );
  }
}
