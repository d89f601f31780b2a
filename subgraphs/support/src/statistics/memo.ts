// Figures of one scope that share a grouped query run it once per request: the scope object is
// built once per entity representation, so a weak map on it lives exactly as long as the request.
import type { StatisticsScope } from '@lienthong/kit'

const memo = new WeakMap<StatisticsScope, Map<string, Promise<unknown>>>()

export function once<T>(s: StatisticsScope, key: string, run: () => Promise<T>): Promise<T> {
  let m = memo.get(s)
  if (!m) memo.set(s, (m = new Map()))
  if (!m.has(key)) m.set(key, run())
  return m.get(key) as Promise<T>
}

/** The sum of a breakdown's lines. */
export const total = (lines: readonly { count: number }[]) => lines.reduce((n, l) => n + l.count, 0)
