// /health and /ready of the gateway.
// /health: the gateway and each subgraph — its own /health (ok, or down when it does not answer
// or says so), its circuit breaker (closed, open, halfOpen) and its last failure to answer.
// /ready: whether the gateway can serve — it has started and at least one subgraph is reachable
// (200), otherwise 503 (serveHttp answers 503 for status 'down'); the body lists the subgraphs.
import type { HealthReport } from '@lienthong/kit'
import type { NetworkResilience, SubgraphCircuitState } from './resilience/resilience.ts'

export const HEALTH_PROBE_TIMEOUT_MS = 2000

interface Probe {
  /** The subgraph's own status ('ok', 'degraded'), or 'down'. */
  status: string
  /** It answered, and not 'down'. */
  reachable: boolean
}

async function probe(url: string, timeoutMs: number): Promise<Probe> {
  try {
    const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) })
    const body = (await res.json().catch(() => ({}))) as { status?: unknown }
    const status = res.ok ? (typeof body.status === 'string' ? body.status : 'ok') : 'down'
    return { status, reachable: status !== 'down' }
  } catch {
    return { status: 'down', reachable: false }
  }
}

async function probeAll(subgraphUrls: Record<string, string>, timeoutMs: number) {
  return Promise.all(Object.entries(subgraphUrls).map(async ([name, url]) => ({ name, url, ...(await probe(url, timeoutMs)) })))
}

const circuitOf = (resilience: NetworkResilience | undefined, name: string): Partial<SubgraphCircuitState> => resilience?.stateOf(name) ?? {}

export async function networkHealth(
  subgraphUrls: Record<string, string>,
  resilience?: NetworkResilience,
  timeoutMs = HEALTH_PROBE_TIMEOUT_MS,
): Promise<HealthReport> {
  const probes = await probeAll(subgraphUrls, timeoutMs)
  const subgraphs = Object.fromEntries(probes.map(({ name, url, status }) => [name, { status, url, ...circuitOf(resilience, name) }]))
  const down = probes.filter((p) => p.status !== 'ok').length
  return { status: down === 0 ? 'ok' : 'degraded', service: 'gateway', subgraphs }
}

export interface ReadinessOptions {
  /** The gateway's server has started (and is not stopping). */
  started: () => boolean
  resilience?: NetworkResilience
  timeoutMs?: number
}

export async function networkReadiness(subgraphUrls: Record<string, string>, options: ReadinessOptions): Promise<HealthReport> {
  const started = options.started()
  const probes = await probeAll(subgraphUrls, options.timeoutMs ?? HEALTH_PROBE_TIMEOUT_MS)
  const reachable = probes.filter((p) => p.reachable).length
  const ready = started && reachable > 0
  const subgraphs = Object.fromEntries(
    probes.map(({ name, status, reachable }) => [
      name,
      { reachable, status, ...(options.resilience ? { breaker: options.resilience.stateOf(name).breaker } : {}) },
    ]),
  )
  return { status: !ready ? 'down' : reachable === probes.length ? 'ok' : 'degraded', service: 'gateway', ready, started, subgraphs }
}
