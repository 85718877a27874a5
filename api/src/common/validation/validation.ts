import { type ArgumentMetadata, type PipeTransform, ValidationPipe, type ValidationError } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { type InvalidParam, ValidationProblem } from '../problem/domain-exception.js';

/**
 * Flattens class-validator errors to one entry per offending field, named by its dotted path. A
 * field that breaks several rules reports the most basic one: class-validator checks decorators
 * bottom-up, so the last failed constraint is the first declared (`abc` is "not an integer", not
 * "greater than 100").
 */
export function toInvalidParams(errors: ValidationError[], location: InvalidParam['in'], prefix = ''): InvalidParam[] {
  return errors.flatMap((error) => {
    const name = prefix ? `${prefix}.${error.property}` : error.property;
    const reason = Object.values(error.constraints ?? {}).at(-1);
    const own = reason ? [{ name, in: location, reason: reason.replace(`${error.property} `, '') }] : [];
    return [...own, ...toInvalidParams(error.children ?? [], location, name)];
  });
}

const LOCATIONS: Partial<Record<ArgumentMetadata['type'], InvalidParam['in']>> = { query: 'query', param: 'path', body: 'body' };

/** The global pipe: unknown fields are errors, types are converted, every failure is named with where it was. */
export class NamingValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new ValidationProblem(toInvalidParams(errors, 'body')),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      const location = LOCATIONS[metadata.type];
      if (error instanceof ValidationProblem && location && location !== 'body') {
        throw new ValidationProblem(error.errors.map((e) => ({ ...e, in: location })));
      }
      throw error;
    }
  }
}

/** A path id: any UUID version (HSDS data from elsewhere brings its own ids). */
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUUID(value, 'all')) {
      throw new ValidationProblem([{ name: metadata.data ?? 'id', in: 'path', reason: 'must be a UUID' }]);
    }
    return value.toLowerCase();
  }
}

/** A path parameter that must match a pattern (district and wijk ids, taxonomy codes). */
export class PatternPipe implements PipeTransform<string, string> {
  constructor(
    private readonly pattern: RegExp,
    private readonly expected: string,
  ) {}

  transform(value: string, metadata: ArgumentMetadata): string {
    if (!this.pattern.test(value)) {
      throw new ValidationProblem([{ name: metadata.data ?? 'id', in: 'path', reason: `must be ${this.expected}` }]);
    }
    return value;
  }
}
