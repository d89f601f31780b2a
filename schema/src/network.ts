// The services of the network: the four agencies' subgraphs (with their default ports) and the gateway.
export const SUBGRAPHS = { cases: 4101, prosecutions: 4102, support: 4103, border: 4104 } as const
export type SubgraphName = keyof typeof SUBGRAPHS
export const SUBGRAPH_NAMES = Object.keys(SUBGRAPHS) as SubgraphName[]
export const GATEWAY_DEFAULT_PORT = 4000
/** The committee's dashboard (a static site that calls the gateway like any integrator). */
export const DASHBOARD_DEFAULT_PORT = 4180
