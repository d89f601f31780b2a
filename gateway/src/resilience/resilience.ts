// The gateway's resilience towards its subgraphs, one set per gateway: each subgraph's deadline
// and circuit breaker, and the retry policy of queries. A request to a subgraph runs as
// retry(queries only) → breaker → transport (deadline) → HTTP client (keep-alive pools per
// subgraph origin, connections.ts, closed at shutdown), and identical queries of one caller in
// flight answered once (../datasources/inflight.ts); each retry is a new attempt through the
// breaker, signed anew (a subgraph refuses a signature it has seen).
import { DEFAULT_BREAKER, SubgraphBreaker, answeredStatus, type BreakerOptions, type BreakerState, type LastFailure } from './breaker.ts'
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.ts'
import { SubgraphFailure } from './subgraphFailure.ts'
import { SubgraphConnections } from './connections.ts'
import { InflightQueries } from '../datasources/inflight.ts'
import { RETRYABLE_STATUSES, subgraphTransport, type Fetcher } from './transport.ts'

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 15_000

export interface ResilienceOptions {
  /** Deadline of a request to any subgraph (LT_SUBGRAPH_TIMEOUT_MS). */
  timeoutMs: number
  /** Deadlines of particular subgraphs, by name (LT_SUBGRAPH_TIMEOUT_MS_<NAME>). */
  timeoutsMs: Record<string, number>
  breaker: BreakerOptions
  retry: RetryPolicy
  /** Waits between retries (tests give one that does not wait). */
  wait?: (ms: number) => Promise<unknown>
  /** Told when a subgraph's circuit opens, half-opens or closes. */
  onStateChange?: (service: string, state: SubgraphCircuitState) => void
}

export const DEFAULT_RESILIENCE: ResilienceOptions = { timeoutMs: DEFAULT_SUBGRAPH_TIMEOUT_MS, timeoutsMs: {}, breaker: DEFAULT_BREAKER, retry: DEFAULT_RETRY }

/** Options given in part (configuration, tests): the rest from the defaults. */
export interface ResilienceSettings extends Partial<Omit<ResilienceOptions, 'breaker' | 'retry'>> {
  breaker?: Partial<BreakerOptions>
  retry?: Partial<RetryPolicy>
}

export function resilienceOptions(settings: ResilienceSettings = {}): ResilienceOptions {
  return {
    ...DEFAULT_RESILIENCE,
    ...settings,
    timeoutsMs: { ...settings.timeoutsMs },
    breaker: { ...DEFAULT_BREAKER, ...settings.breaker },
    retry: { ...DEFAULT_RETRY, ...settings.retry },
  }
}

export interface SubgraphCircuitState {
  breaker: BreakerState
  lastFailure?: LastFailure
}

/** Another attempt may succeed: a connection failure, or a 502/503/504 (the proxy's or the subgraph's own). */
export function isRetryable(error: unknown): boolean {
  if (error instanceof SubgraphFailure) return error.retryable
  const status = answeredStatus(error)
  return status !== undefined && RETRYABLE_STATUSES.has(status)
}

export class NetworkResilience {
  readonly options: ResilienceOptions
  private readonly breakers = new Map<string, SubgraphBreaker>()
  private readonly connections = new SubgraphConnections()
  /** Subgraph queries under way, shared by identical ones of the same caller (../datasources/inflight.ts). */
  readonly inflight = new InflightQueries()

  constructor(settings: ResilienceSettings = {}) {
    this.options = resilienceOptions(settings)
  }

  timeoutOf(service: string): number {
    return this.options.timeoutsMs[service] ?? this.options.timeoutMs
  }

  /** The HTTP client of one subgraph: its keep-alive pool, within the subgraph's deadline (transport.ts). */
  fetcherOf(service: string, url: string): Fetcher {
    const timeoutMs = this.timeoutOf(service)
    return subgraphTransport(this.connections.exchangeFor(url, { deadlineMs: timeoutMs }), { service, timeoutMs })
  }

  breakerOf(service: string): SubgraphBreaker {
    let breaker = this.breakers.get(service)
    if (!breaker) {
      const onChange = this.options.onStateChange
      breaker = new SubgraphBreaker(service, this.options.breaker, onChange && (() => onChange(service, this.stateOf(service))))
      this.breakers.set(service, breaker)
    }
    return breaker
  }

  /** Runs a request to `service`; `idempotent` (a query) may be attempted again, a mutation never. */
  call<T>(service: string, attempt: () => Promise<T>, { idempotent }: { idempotent: boolean }): Promise<T> {
    const breaker = this.breakerOf(service)
    const policy = idempotent ? this.options.retry : { ...this.options.retry, retries: 0 }
    return withRetry(() => breaker.run(attempt), { policy, retryable: isRetryable, ...(this.options.wait ? { wait: this.options.wait } : {}) })
  }

  /** Each subgraph's circuit, for /health and /ready. */
  stateOf(service: string): SubgraphCircuitState {
    const breaker = this.breakerOf(service)
    return { breaker: breaker.state, ...(breaker.lastFailure ? { lastFailure: breaker.lastFailure } : {}) }
  }

  /** The gateway stops: circuits stop their timers, connections close once their requests finish. */
  shutdown(): Promise<void> {
    for (const b of this.breakers.values()) b.shutdown()
    return this.connections.close()
  }
}
