// The services of the network: the agencies' subgraphs with their default ports (from the agency
// registry, ./agencies.ts) and the gateway.
export { SUBGRAPHS, SUBGRAPH_NAMES, type SubgraphName } from './agencies.ts'
export const GATEWAY_DEFAULT_PORT = 4000
/** The committee's dashboard (a static site that calls the gateway like any integrator). */
export const DASHBOARD_DEFAULT_PORT = 4180
