import { type ArgumentMetadata, type PipeTransform, ValidationPipe, type ValidationError } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { type InvalidParam, ValidationProblem } from '../problem/domain-exception.js';

/** Flattens class-validator errors to one entry per offending field, named by its dotted path. */
export function toInvalidParams(errors: ValidationError[], location: InvalidParam['in'], prefix = ''): InvalidParam[] {
  return errors.flatMap((error) => {
    const name = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({
      name,
      in: location,
      reason: reason.replace(`${error.property} `, ''),
    }));
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
      stopAtFirstError: true,
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
