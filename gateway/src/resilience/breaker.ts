// One circuit breaker per subgraph (opossum). When most of a subgraph's recent requests failed
// (at least `volumeThreshold` of them within the rolling window), the circuit opens: its requests
// fail at once with SUBGRAPH_UNAVAILABLE "circuit open", without a network call or a wait. After
// `resetTimeoutMs` it is half-open: the next request is let through as a probe; if the subgraph
// answers, the circuit closes, otherwise it opens again.
// Only the subgraph's failure to answer counts: a typed refusal (a 4xx with a GraphQL error, e.g.
// FORBIDDEN or BAD_USER_INPUT) and GraphQL errors in a 200 answer are answers.
import CircuitBreaker from 'opossum'
import { circuitOpen, SubgraphFailure } from './subgraphFailure.ts'

export type BreakerState = 'closed' | 'open' | 'halfOpen'

export interface BreakerOptions {
  /** How long an open circuit waits before letting a probe through (LT_SUBGRAPH_BREAKER_RESET_MS). */
  resetTimeoutMs: number
  /** Fewest requests in the window before the circuit may open. */
  volumeThreshold: number
  /** The circuit opens when more than this share of the window's requests failed (percent). */
  errorThresholdPercentage: number
  /** The window of the failure statistics. */
  rollingWindowMs: number
}

export const DEFAULT_BREAKER: BreakerOptions = { resetTimeoutMs: 5000, volumeThreshold: 5, errorThresholdPercentage: 50, rollingWindowMs: 10_000 }

export interface LastFailure {
  code: string
  reason: string
  at: string
}

/** An error that is the subgraph's own answer: it carries the HTTP status the subgraph answered with. */
export interface AnsweredError {
  status: number
}

export function answeredStatus(error: unknown): number | undefined {
  const status = (error as Partial<AnsweredError> | undefined)?.status
  return typeof status === 'number' ? status : undefined
}

/** A failure for the breaker: no answer, or a 5xx one; a subgraph's 4xx refusal is an answer. */
export function isBreakerFailure(error: unknown): boolean {
  const status = answeredStatus(error)
  return status === undefined || status >= 500
}

export class SubgraphBreaker {
  private readonly circuit: CircuitBreaker<[() => Promise<unknown>], unknown>
  /** The last time the subgraph failed to answer, and why (shown on /health). */
  lastFailure?: LastFailure

  constructor(
    readonly service: string,
    options: BreakerOptions = DEFAULT_BREAKER,
    /** Told when the circuit opens, half-opens or closes (the gateway logs it). */
    onChange?: (breaker: SubgraphBreaker) => void,
  ) {
    this.circuit = new CircuitBreaker((action: () => Promise<unknown>) => action(), {
      name: service,
      timeout: false, // the transport's deadline ends a slow request (transport.ts)
      resetTimeout: options.resetTimeoutMs,
      volumeThreshold: options.volumeThreshold,
      errorThresholdPercentage: options.errorThresholdPercentage,
      rollingCountTimeout: options.rollingWindowMs,
      enableSnapshots: false,
      errorFilter: (error: unknown) => !isBreakerFailure(error),
    })
    this.circuit.on('failure', (error: unknown) => {
      this.lastFailure = { ...failureOf(error), at: new Date().toISOString() }
    })
    if (onChange) {
      this.circuit.on('open', () => onChange(this))
      this.circuit.on('halfOpen', () => onChange(this))
      this.circuit.on('close', () => onChange(this))
    }
  }

  get state(): BreakerState {
    if (this.circuit.opened) return 'open'
    return this.circuit.halfOpen ? 'halfOpen' : 'closed'
  }

  /** Runs one request to the subgraph through the circuit; an open circuit refuses it at once. */
  async run<T>(action: () => Promise<T>): Promise<T> {
    try {
      return (await this.circuit.fire(action)) as T
    } catch (e) {
      if ((e as { code?: unknown }).code === 'EOPENBREAKER') throw circuitOpen(this.service)
      throw e
    }
  }

  shutdown(): void {
    this.circuit.shutdown()
  }
}

function failureOf(error: unknown): { code: string; reason: string } {
  if (error instanceof SubgraphFailure) return { code: error.code, reason: error.reason }
  const status = answeredStatus(error)
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code
  if (status !== undefined) return { code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR', reason: `HTTP ${status}` }
  return { code: 'INTERNAL_SERVER_ERROR', reason: 'unexpected answer' }
}
