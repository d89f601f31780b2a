// What tests check of a published person count against the exact one (README "Published
// aggregates", statistics/cellKey.ts): 0..k−1 is suppressed (null), anything else is
// published within ±MAX_PERTURBATION and never below k. Returns the problems found (none: []).
import { MAX_PERTURBATION } from '../statistics/cellKey.ts'

type Line = { key: string; count: number | null; suppressed?: boolean }

function cellProblem(where: string, n: number, v: number | null | undefined, suppressed: boolean | undefined, k: number): string | null {
  if (n < k) return v === null && suppressed !== false ? null : `${where}: ${n} < k published as ${v}`
  if (typeof v !== 'number' || suppressed) return `${where}: ${n} suppressed`
  return Math.abs(v - n) <= MAX_PERTURBATION && v >= k ? null : `${where}: ${n} published as ${v}`
}

/** Problems of a published person count (a number, or breakdown lines matched by key) against the exact one. */
export function publishedProblems(where: string, exact: number | readonly Line[], published: number | null | readonly Line[], k = 5): string[] {
  if (typeof exact === 'number') {
    const p = cellProblem(where, exact, published as number | null, (published as number | null) === null, k)
    return p ? [p] : []
  }
  const lines = (published ?? []) as readonly Line[]
  if (lines.map((l) => l.key).join() !== exact.map((l) => l.key).join())
    return [`${where}: lines ${lines.map((l) => l.key)} instead of ${exact.map((l) => l.key)}`]
  return exact.flatMap((l, i) => cellProblem(`${where}.${l.key}`, l.count ?? 0, lines[i]!.count, lines[i]!.suppressed, k) ?? [])
}
