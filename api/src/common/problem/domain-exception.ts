/** What went wrong, independent of HTTP; the problem filter maps each code to a status and a type. */
export enum ProblemCode {
  ValidationFailed = 'validation-failed',
  NotFound = 'not-found',
  Conflict = 'conflict',
  VersionConflict = 'version-conflict',
  TooManyRequests = 'too-many-requests',
  NotLoggedIn = 'not-logged-in',
  Forbidden = 'forbidden',
  CsrfRejected = 'csrf-rejected',
  TokenInvalid = 'token-invalid',
  TokenGone = 'token-gone',
  SearchUnavailable = 'search-unavailable',
  ChangesPruned = 'changes-pruned',
  FeedPositionUnknown = 'feed-position-unknown',
  TooLarge = 'too-large',
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

/** The request holds more than the server takes at once (413); `errors` names what, e.g. `body`. */
export class TooLargeProblem extends DomainException {
  constructor(errors: InvalidParam[]) {
    super(ProblemCode.TooLarge, `Too large: ${errors.map((e) => `${e.name} ${e.reason}`).join('; ')}`, errors);
  }
}

/** Too many requests from one client or for one resource; `retryAfterSeconds` becomes `Retry-After`. */
export class RateLimitedProblem extends DomainException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(ProblemCode.TooManyRequests, message);
  }
}

/** The request needs a logged-in user (401); also the one answer to a wrong e-mail or password. */
export class NotLoggedInProblem extends DomainException {
  constructor(message = 'Log in first.') {
    super(ProblemCode.NotLoggedIn, message);
  }
}

/** The user is known but may not do this (403). */
export class ForbiddenProblem extends DomainException {
  constructor(message = 'You may not do this.') {
    super(ProblemCode.Forbidden, message);
  }
}

/** A write with a session cookie but without its CSRF token, or a cross-site login (403). */
export class CsrfProblem extends DomainException {
  constructor(message: string) {
    super(ProblemCode.CsrfRejected, message);
  }
}

/** A one-time link token that never existed (400) or that was used or has expired (410). */
export class TokenProblem extends DomainException {
  constructor(reason: 'unknown' | 'used' | 'expired') {
    const messages = {
      unknown: 'This link is not valid.',
      used: 'This link was already used; ask for a new one.',
      expired: 'This link has expired; ask for a new one.',
    };
    super(reason === 'unknown' ? ProblemCode.TokenInvalid : ProblemCode.TokenGone, messages[reason], [
      { name: 'token', in: 'body', reason: reason === 'unknown' ? 'is not a valid token' : `was ${reason}` },
    ]);
  }
}

/**
 * Optimistic locking: the resource is no longer at the version the client read (409). Carries the
 * current version and record, so the client can show what changed and let the person decide.
 */
export class VersionConflictProblem extends DomainException {
  constructor(
    readonly currentVersion: number,
    readonly current: object,
    message = 'Someone else changed this meanwhile; look at the current version and edit again.',
  ) {
    super(ProblemCode.VersionConflict, message, [{ name: 'version', in: 'body', reason: `is not the current version ${currentVersion}` }]);
  }
}

/** No search engine can answer yet (the index is still being built, or switched off): 503, with Retry-After. */
export class SearchUnavailableProblem extends DomainException {
  readonly retryAfterSeconds = 2;

  constructor(message: string) {
    super(ProblemCode.SearchUnavailable, message);
  }
}

/** A change-feed cursor older than what retention kept: changes after it may be gone (410). */
/** A well-formed cursor that this change feed never issued: from before a restore, or from another environment. */
export class FeedPositionUnknownProblem extends DomainException {
  constructor() {
    super(
      ProblemCode.FeedPositionUnknown,
      'This cursor is not a position of this change feed (a restored backup, or another environment): download the snapshot again.',
      [{ name: 'since', in: 'query', reason: 'is not a position of this change feed' }],
    );
  }
}

export class ChangesPrunedProblem extends DomainException {
  constructor() {
    super(ProblemCode.ChangesPruned, 'Changes after this cursor were deleted by retention: download the snapshot again.', [
      { name: 'since', in: 'query', reason: 'is older than the oldest change kept' },
    ]);
  }
}
