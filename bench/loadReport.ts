// The load test's figures as printed (bench/load.ts) and logged by its test: requests by kind with
// their latency percentiles, throughput, errors, and the recount in the agencies' databases.
import type { Recount } from './loadRecount.ts'
import type { Kind, LoadResult } from './loadRun.ts'

/** The nearest-rank percentile `p` (0–100) of `xs`. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

const ms = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(0)).padStart(8)

export function formatLoadReport(result: LoadResult, recount: Recount | null, heading: string): string[] {
  const out = [heading]
  const seconds = result.elapsedMs / 1000
  out.push(`  ${'kind'.padEnd(16)}${'requests'.padStart(9)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'p99 ms'.padStart(8)}`)
  const all: number[] = []
  for (const [kind, xs] of Object.entries(result.latencies) as [Kind, number[]][]) {
    all.push(...xs)
    out.push(`  ${kind.padEnd(16)}${String(xs.length).padStart(9)}${ms(percentile(xs, 50))}${ms(percentile(xs, 95))}${ms(percentile(xs, 99))}`)
  }
  out.push(`  ${'all'.padEnd(16)}${String(all.length).padStart(9)}${ms(percentile(all, 50))}${ms(percentile(all, 95))}${ms(percentile(all, 99))}`)
  const acknowledged = result.ledger.acknowledged.size
  out.push(
    `  throughput: ${(all.length / seconds).toFixed(1)} requests/s over ${seconds.toFixed(1)} s (${(acknowledged / seconds).toFixed(1)} records created/s; ${acknowledged} created, ${result.ledger.refused.size} invalid writes refused)`,
  )
  const spoiled = Object.entries(result.invalidKinds).map(([k, n]) => `${k} ${n}`)
  if (spoiled.length) out.push(`  invalid writes sent: ${spoiled.join(', ')}`)
  if (result.socketResets) out.push(`  kept-alive sockets reset by the server and sent again: ${result.socketResets}`)

  out.push(`  errors: ${result.errors.length}`)
  const grouped = new Map<string, { n: number; detail: string }>()
  for (const e of result.errors) {
    const key = `${e.kind} ${e.code}`
    const g = grouped.get(key)
    if (g) g.n++
    else grouped.set(key, { n: 1, detail: e.detail })
  }
  for (const [key, g] of grouped) out.push(`    ${key} ×${g.n} (first: ${g.detail})`)

  if (recount) {
    out.push(`  recount in each agency's database, by the references written:`)
    for (const c of recount.byMutation) {
      out.push(
        `    ${`${c.mutation} (${c.recordType})`.padEnd(46)} ${c.acknowledged} acknowledged: ${c.storedOnce} stored once, ${c.auditedOnce} audited once; ${c.refused} refused: ${c.leftBehind.length} left behind`,
      )
      const wrong: [string, string[]][] = [
        ['missing', c.missing],
        ['stored more than once', c.duplicated],
        ['stored as another record', c.otherRecord],
        ['stored unacknowledged', c.unacknowledged],
        ['refused but stored', c.leftBehind],
        ['not audited', c.auditMissing],
        ['audited more than once', c.auditRepeated],
      ]
      for (const [what, refs] of wrong)
        if (refs.length) out.push(`      ✖ ${refs.length} ${what}: ${refs.slice(0, 5).join(', ')}${refs.length > 5 ? ', …' : ''}`)
    }
  }
  const ok = result.errors.length === 0 && (recount?.ok ?? false)
  out.push(ok ? '✔ no error, every acknowledged write stored and audited exactly once, every refused write left nothing' : '✖ FAILED')
  return out
}
