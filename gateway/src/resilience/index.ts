// The gateway's resilience towards its subgraphs (docs/resilience.md).
export { NetworkResilience, DEFAULT_RESILIENCE, DEFAULT_SUBGRAPH_TIMEOUT_MS, isRetryable, resilienceOptions } from './resilience.ts'
export type { ResilienceOptions, ResilienceSettings, SubgraphCircuitState } from './resilience.ts'
export { SubgraphBreaker, DEFAULT_BREAKER, isBreakerFailure, type BreakerOptions, type BreakerState, type LastFailure } from './breaker.ts'
export { withRetry, backoffDelay, DEFAULT_RETRY, type RetryPolicy } from './retry.ts'
export { SubgraphFailure, failureErrors, failureMessage, formatSubgraphFailure, serviceNames, SUBGRAPH_FAILURE_CODES } from './subgraphFailure.ts'
export { subgraphTransport, RETRYABLE_STATUSES, type Fetcher } from './transport.ts'
export { SubgraphConnections, CONNECTIONS_PER_SUBGRAPH, CONNECT_TIMEOUT_MS, type HttpExchange } from './connections.ts'
