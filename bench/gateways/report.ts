// The figures of a run: one table per round, the summary (median over rounds, ratios to vanilla
// Apollo Gateway) and the JSON written to results/.
import type { LoadResult } from './load.ts'

export interface Measurement extends LoadResult {
  gateway: string
  round: number
  /** Peak resident memory of the gateway process (VmHWM), MB. */
  peakRssMb: number
  /** Gateway CPU time (user + system) over the measured window, per answered request, ms. */
  cpuMsPerRequest: number
  /** The subgraphs' process CPU per request over the same window, ms. */
  subgraphCpuMsPerRequest: number
  /** The first answer equalled the expected one (expected.ts). */
  answerOk: boolean
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–')

const HEAD = ['gateway', 'RPS', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'GraphQL errors', 'answer', 'peak RSS MB', 'CPU ms/req', 'subgraphs CPU ms/req']
function row(m: Omit<Measurement, 'round' | 'seconds' | 'requests'>): string[] {
  return [
    m.gateway,
    fixed(m.rps),
    fixed(m.p50Ms, 0),
    fixed(m.p99Ms, 0),
    String(m.errors),
    String(m.non2xx),
    String(m.graphqlErrors),
    m.answerOk ? 'ok' : 'WRONG',
    fixed(m.peakRssMb, 0),
    fixed(m.cpuMsPerRequest, 2),
    fixed(m.subgraphCpuMsPerRequest, 2),
  ]
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`
  return [line(head), `|${widths.map((w, i) => (i === 0 ? ':' : '-').padEnd(w + 1, '-') + (i === 0 ? '-' : ':')).join('|')}|`, ...rows.map(line)].join('\n')
}

export function roundTable(measurements: Measurement[]): string {
  return table(HEAD, measurements.map(row))
}

export interface SummaryRow extends Omit<Measurement, 'round' | 'seconds' | 'requests'> {
  rpsVsVanilla: number
  cpuVsVanilla: number
}

/** Median of each figure over the rounds (errors are summed), and ratios to `baseline`. */
export function summarize(measurements: Measurement[], order: string[], baseline: string): SummaryRow[] {
  const rows = order.flatMap((gateway) => {
    const runs = measurements.filter((m) => m.gateway === gateway)
    if (!runs.length) return []
    const of = (k: keyof Measurement) => median(runs.map((r) => r[k] as number))
    const sum = (k: keyof Measurement) => runs.reduce((s, r) => s + (r[k] as number), 0)
    return [
      {
        gateway,
        rps: of('rps'),
        p50Ms: of('p50Ms'),
        p99Ms: of('p99Ms'),
        errors: sum('errors'),
        non2xx: sum('non2xx'),
        graphqlErrors: sum('graphqlErrors'),
        peakRssMb: of('peakRssMb'),
        cpuMsPerRequest: of('cpuMsPerRequest'),
        subgraphCpuMsPerRequest: of('subgraphCpuMsPerRequest'),
        answerOk: runs.every((r) => r.answerOk),
      },
    ]
  })
  const base = rows.find((r) => r.gateway === baseline)
  return rows.map((r) => ({
    ...r,
    rpsVsVanilla: base ? r.rps / base.rps : Number.NaN,
    cpuVsVanilla: base ? r.cpuMsPerRequest / base.cpuMsPerRequest : Number.NaN,
  }))
}

export function summaryTable(rows: SummaryRow[]): string {
  return table(
    [...HEAD, 'RPS × vanilla', 'CPU/req × vanilla'],
    rows.map((r) => [...row(r), `${fixed(r.rpsVsVanilla, 2)}×`, `${fixed(r.cpuVsVanilla, 2)}×`]),
  )
}
