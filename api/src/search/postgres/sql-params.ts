/** Collects positional parameters while a statement is built from fragments: `$${p.add(value)}`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
