// A position in the change feed: the id of the transaction that wrote a `service_change` row and
// the row's sequence number, ordered by transaction first. Clients treat the string as opaque.
//
// Why not the sequence number alone: `seq` is taken when a writer inserts, not when it commits, so
// a slow writer can commit seq 5 after a reader already returned seq 6 and moved its cursor past 5.
// Transaction ids give a horizon instead: PostgreSQL's snapshot `xmin` is the oldest transaction
// still running, so every row of a transaction below it is final (committed, or gone with a
// rollback). The feed returns only such rows, in (tx, seq) order; a row that commits later always
// has a transaction id at or above that horizon, hence a position after every cursor handed out.

export interface ChangePosition {
  tx: bigint;
  seq: bigint;
}

/** Before every change: the position of a client that has nothing yet. */
export const FEED_START: ChangePosition = { tx: 0n, seq: 0n };

/** What a cursor looks like: `<transaction id>.<sequence number>`, e.g. `18342.977`. */
export const CURSOR_PATTERN = /^(0|[1-9]\d{0,19})\.(0|[1-9]\d{0,18})$/;
const MAX_TX = 2n ** 64n - 1n;
const MAX_SEQ = 2n ** 63n - 1n;

export function formatCursor(position: ChangePosition): string {
  return `${position.tx}.${position.seq}`;
}

/** The position a cursor string names, or undefined when it is not one we could have issued. */
export function parseCursor(cursor: string): ChangePosition | undefined {
  const match = CURSOR_PATTERN.exec(cursor);
  if (!match) return undefined;
  const position = { tx: BigInt(match[1]), seq: BigInt(match[2]) };
  return position.tx <= MAX_TX && position.seq <= MAX_SEQ ? position : undefined;
}

export function comparePositions(a: ChangePosition, b: ChangePosition): number {
  if (a.tx !== b.tx) return a.tx < b.tx ? -1 : 1;
  return a.seq === b.seq ? 0 : a.seq < b.seq ? -1 : 1;
}
