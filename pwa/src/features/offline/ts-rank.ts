// PostgreSQL's ts_rank (src/backend/utils/adt/tsrank.c: calc_rank_or, calc_rank_and) with the
// default weights {D 0.1, C 0.2, B 0.4, A 1.0} and no normalisation, in float4 arithmetic, so that
// on-device relevance orders services as the API does.

export interface Operand {
  lexeme: string;
  isPrefix: boolean;
}

const RANK_WEIGHTS = [0.1, 0.2, 0.4, 1.0];
const f32 = Math.fround;

export type OperandEntries = Map<number, Uint16Array[]>;

/** SortAndUniqItems: operands in byte order of their text, the first of equal ones kept (a stable sort). */
export function uniqueOperands(operands: Operand[]): Operand[] {
  const sorted = operands
    .map((o, i) => ({ o, i }))
    .sort((a, b) => (a.o.lexeme < b.o.lexeme ? -1 : a.o.lexeme > b.o.lexeme ? 1 : a.i - b.i));
  return sorted.filter((x, k) => k === 0 || x.o.lexeme !== sorted[k - 1].o.lexeme).map((x) => x.o);
}

const weightOf = (p: number) => RANK_WEIGHTS[p >> 14];

/** ts_rank with the default weights and no normalisation. */
export function tsRank(operands: OperandEntries[], slot: number, isAnd: boolean): number {
  const res = isAnd && operands.length >= 2 ? rankAnd(operands, slot) : rankOr(operands, slot);
  return res < 0 ? f32(1e-20) : res;
}

function rankOr(operands: OperandEntries[], slot: number): number {
  let res = 0;
  for (const bySlot of operands) {
    for (const positions of bySlot.get(slot) ?? []) {
      let resj = 0;
      let wjm = -1;
      let jm = 0;
      positions.forEach((p, j) => {
        resj = f32(resj + weightOf(p) / ((j + 1) * (j + 1)));
        if (weightOf(p) > wjm) {
          wjm = weightOf(p);
          jm = j;
        }
      });
      res = f32(res + (wjm + resj - wjm / ((jm + 1) * (jm + 1))) / 1.64493406685);
    }
  }
  return operands.length > 0 ? f32(res / operands.length) : res;
}

function wordDistance(distance: number): number {
  return distance > 100 ? 1e-30 : f32(1.0 / (1.005 + 0.05 * Math.exp(distance / 1.5 - 2)));
}

function rankAnd(operands: OperandEntries[], slot: number): number {
  const pos: (Uint16Array | undefined)[] = [];
  let res = -1;
  operands.forEach((bySlot, i) => {
    for (const positions of bySlot.get(slot) ?? []) {
      pos[i] = positions;
      for (let k = 0; k < i; k++) {
        const other = pos[k];
        if (!other) continue;
        for (const p of positions) {
          for (const q of other) {
            const distance = Math.abs((p & 0x3fff) - (q & 0x3fff));
            if (distance === 0) continue;
            const curw = f32(Math.sqrt(weightOf(p) * weightOf(q) * wordDistance(distance)));
            res = res < 0 ? curw : f32(1.0 - (1.0 - res) * (1.0 - curw));
          }
        }
      }
    }
  });
  return res;
}
