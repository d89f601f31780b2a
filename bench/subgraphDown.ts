// npx tsx bench/subgraphDown.ts — latency of requests while one subgraph (the Border Guard's) is
// down, its circuit closed (every request tries it: retries, or the deadline) against open
// (answered at once), on the network started in this process (DB_PROVIDER=postgresql for
// PostgreSQL). Two ways of being down: connections reset (retried twice with backoff), and a
// subgraph that never answers (the deadline, LT_SUBGRAPH_TIMEOUT_MS_BORDER, here 1000 ms).
// Figures only: nothing is asserted.
import type { DbProvider } from '@lienthong/kit'
import type { ResilienceSettings } from '@lienthong/gateway/resilience'
import { startNetwork } from '../test/src/network.ts'
import { startFaultyRoute, type FaultMode } from '../test/src/faultyRoute.ts'

const provider = (process.env.DB_PROVIDER ?? 'sqlite') as DbProvider
const REQUESTS = 20
const BORDER_TIMEOUT_MS = 1000
const QUERY = '{ criminalCases(first: 1) { totalCount } repatriations(first: 1) { totalCount } }'

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!
const row = (label: string, ms: number[]) =>
  console.log(
    `${label.padEnd(44)} median ${percentile(ms, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(ms, 95).toFixed(1).padStart(7)} ms   max ${Math.max(...ms)
      .toFixed(1)
      .padStart(7)} ms`,
  )

async function measure(circuit: 'closed' | 'open', mode: FaultMode): Promise<void> {
  const border = await startFaultyRoute()
  // a circuit that never opens (closed) against the default one, opened before measuring
  const resilience: ResilienceSettings = {
    timeoutsMs: { border: BORDER_TIMEOUT_MS },
    breaker: circuit === 'closed' ? { volumeThreshold: Number.MAX_SAFE_INTEGER } : { resetTimeoutMs: 600_000 },
  }
  const net = await startNetwork(provider, { gatewayRoutes: { border: border.url }, resilience })
  border.target = net.subgraphUrls.border
  try {
    const timed = async () => {
      const t = performance.now()
      const { body } = await net.query(QUERY)
      if (body.data?.criminalCases?.totalCount == null) throw new Error('the other agency did not answer')
      return performance.now() - t
    }
    const healthy: number[] = []
    for (let i = 0; i < REQUESTS; i++) healthy.push(await timed())
    border.mode = mode
    if (circuit === 'open') while (net.resilience.stateOf('border').breaker !== 'open') await timed()
    const down: number[] = []
    const arrived = border.arrivals
    for (let i = 0; i < REQUESTS; i++) down.push(await timed())
    row(`border up (${circuit} run)`, healthy)
    row(`border ${mode === 'reset' ? 'resetting connections' : 'silent'}, circuit ${circuit}`, down)
    console.log(`${''.padEnd(44)} requests that reached border: ${border.arrivals - arrived} for ${REQUESTS} queries`)
  } finally {
    await net.stop()
    await border.close()
  }
}

console.log(`network on ${provider}; ${REQUESTS} sequential queries each (police + border fields); border deadline ${BORDER_TIMEOUT_MS} ms`)
for (const mode of ['reset', 'silent'] as const) for (const circuit of ['closed', 'open'] as const) await measure(circuit, mode)
process.exit(0)
