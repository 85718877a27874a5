// PostgreSQL's ts_rank (src/backend/utils/adt/tsrank.c: calc_rank_or, calc_rank_and) with the
// default weights {D 0.1, C 0.2, B 0.4, A 1.0} and no normalisation, in float4 arithmetic, so that
// on-device relevance orders services as the API does. Ranks are computed per slot, on demand
// (text-query.ts ranks only the matches that can reach the page).

export interface Operand {
  lexeme: string;
  isPrefix: boolean;
}

const RANK_WEIGHTS = [0.1, 0.2, 0.4, 1.0];
const f32 = Math.fround;

/**
 * The tsvector entries a query's operands find in one slot, in operand order, then in the order
 * the operand's lexemes were looked up (byte order, as the tsvector's entries): the order tsrank.c
 * visits them in.
 */
export interface SlotEntries {
  operandCount: number;
  operand: number[];
  positions: Uint16Array[];
}

/** SortAndUniqItems: operands in byte order of their text, the first of equal ones kept (a stable sort). */
export function uniqueOperands(operands: Operand[]): Operand[] {
  const sorted = operands
    .map((o, i) => ({ o, i }))
    .sort((a, b) => (a.o.lexeme < b.o.lexeme ? -1 : a.o.lexeme > b.o.lexeme ? 1 : a.i - b.i));
  return sorted.filter((x, k) => k === 0 || x.o.lexeme !== sorted[k - 1].o.lexeme).map((x) => x.o);
}

/** ts_rank with the default weights and no normalisation. */
export function tsRank(entries: SlotEntries, isAnd: boolean): number {
  const res = isAnd && entries.operandCount >= 2 ? rankAnd(entries) : rankOr(entries);
  return res < 0 ? f32(1e-20) : res;
}

/** calc_rank_or's share of one entry (its positions, `from`…`to` of the array), before the division by the operand count. */
export function entryRankOr(positions: Uint16Array, from = 0, to = positions.length): number {
  let resj = 0;
  let wjm = -1;
  let jm = 0;
  for (let j = 0; j < to - from; j++) {
    const w = RANK_WEIGHTS[positions[from + j] >> 14];
    resj = f32(resj + w / ((j + 1) * (j + 1)));
    if (w > wjm) {
      wjm = w;
      jm = j;
    }
  }
  return (wjm + resj - wjm / ((jm + 1) * (jm + 1))) / 1.64493406685;
}

function rankOr(entries: SlotEntries): number {
  let res = 0;
  for (const positions of entries.positions) res = f32(res + entryRankOr(positions));
  return entries.operandCount > 0 ? f32(res / entries.operandCount) : res;
}

function wordDistance(distance: number): number {
  return distance > 100 ? 1e-30 : f32(1.0 / (1.005 + 0.05 * Math.exp(distance / 1.5 - 2)));
}

function rankAnd(entries: SlotEntries): number {
  const pos: (Uint16Array | undefined)[] = [];
  let res = -1;
  for (let e = 0; e < entries.operand.length; e++) {
    const i = entries.operand[e];
    const positions = entries.positions[e];
    pos[i] = positions;
    for (let k = 0; k < i; k++) {
      const other = pos[k];
      if (!other) continue;
      for (let a = 0; a < positions.length; a++) {
        const p = positions[a];
        for (let b = 0; b < other.length; b++) {
          const q = other[b];
          const distance = Math.abs((p & 0x3fff) - (q & 0x3fff));
          if (distance === 0) continue;
          const curw = f32(Math.sqrt(RANK_WEIGHTS[p >> 14] * RANK_WEIGHTS[q >> 14] * wordDistance(distance)));
          res = res < 0 ? curw : f32(1.0 - (1.0 - res) * (1.0 - curw));
        }
      }
    }
  }
  return res;
}
