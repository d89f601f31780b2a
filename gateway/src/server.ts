// createGateway(): Apollo Gateway over a supergraph file (no runtime introspection), inside
// Apollo Server 5. Cross-cutting concerns are plugins in ./plugins, listed here.
import type { KeyObject } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { apiSchemaOf, REPORT_TYPE } from './exports/reportQuery.ts'
import { createReportExport } from './exports/reportExport.ts'
import { createHtcdsExport, HTCDS_RECORD_TYPE } from './exports/htcdsExport.ts'
import { createGlotipExport } from './exports/glotipExport.ts'
import { ApolloGateway } from '@apollo/gateway'
import { ApolloServer } from '@apollo/server'
import { maskError, processLog, requestLogPlugin, type Logger } from '@lienthong/kit'
import { subgraphsOf } from './config.ts'
import { SubgraphDataSource } from './datasources/SubgraphDataSource.ts'
import type { GatewayContext } from './context.ts'
import { queryLimits, type QueryLimitsOptions } from './plugins/queryLimits.ts'
import { createRateLimitPlugin, type RateLimitOptions } from './plugins/rateLimit.ts'
import { createCallerErrorsPlugin, type CallerErrorsOptions } from './plugins/callerErrors.ts'
import { createCors } from './cors.ts'
import { createDevTokenRoute, DEV_TOKEN_PATH } from './devTokens.ts'
import { explorerRoutes } from './explorer/explorer.ts'
import { NetworkResilience, type ResilienceSettings } from './resilience/resilience.ts'
import { formatSubgraphFailure } from './resilience/subgraphFailure.ts'
import { networkHealth, networkReadiness } from './health.ts'
import type { HealthReport } from '@lienthong/kit'

export interface GatewayOptions {
  supergraphSdl: string
  /** Overrides of the subgraph URLs written in the supergraph. */
  subgraphUrls?: Record<string, string>
  production?: boolean
  limits?: Partial<QueryLimitsOptions>
  rateLimit?: Partial<RateLimitOptions>
  callerErrors?: Partial<CallerErrorsOptions>
  /** The master secret (a secret key) each subgraph's signing secret derives from (HKDF, kit/src/identity/keys.ts). */
  signingKey: KeyObject
  /** Browser origins allowed by CORS (none when absent). */
  corsOrigins?: readonly string[]
  /** Serve GraphiQL at /explorer; in production this also turns introspection on (still behind the token). */
  explorer?: boolean
  /** Development only: the private key of users' tokens, to serve GET /dev/token (refused in production). */
  devTokenKey?: KeyObject
  /** Subgraph deadlines, circuit breakers and retries (config.ts: LT_SUBGRAPH_*; defaults otherwise). */
  resilience?: ResilienceSettings
  /** Where a subgraph's circuit opening and closing is logged (default: the process's logger). */
  logger?: Logger
}

export interface Gateway {
  server: ApolloServer<GatewayContext>
  subgraphUrls: Record<string, string>
  /** Extra HTTP routes served beside /graphql (report exports), given the request authenticator. */
  routes: (context: (req: IncomingMessage) => Promise<GatewayContext>) => Record<string, (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>>
  /** CORS headers and preflight answers, run before every route (serveHttp's onRequest). */
  onRequest: (req: IncomingMessage, res: ServerResponse) => boolean
  /** Each subgraph's deadline and circuit breaker. */
  resilience: NetworkResilience
  /** GET /health: each subgraph's own health, circuit and last failure (serveHttp's health). */
  health: () => Promise<HealthReport>
  /** GET /ready: started, and at least one subgraph reachable (serveHttp's ready). */
  ready: () => Promise<HealthReport>
}

export function createGateway(options: GatewayOptions): Gateway {
  // Nothing leaves the province's network: @apollo/gateway otherwise exports usage metrics to
  // Apollo and probes cloud metadata addresses at construction.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true'
  if (options.production && options.devTokenKey) throw new Error('development tokens are never served in production')
  const subgraphUrls = { ...subgraphsOf(options.supergraphSdl), ...options.subgraphUrls }
  const logger = options.logger ?? processLog()
  const resilience = new NetworkResilience({
    ...options.resilience,
    onStateChange: (subgraph, { breaker, lastFailure }) =>
      logger[breaker === 'open' ? 'warn' : 'info'](
        { subgraph, breaker, ...(lastFailure ? { reason: lastFailure.reason } : {}) },
        `circuit of ${subgraph} ${breaker}`,
      ),
  })
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource({ service: name, url: subgraphUrls[name] ?? url!, signingKey: options.signingKey, resilience }),
  })
  let started = false
  const limits = queryLimits({ blockFieldSuggestions: !!options.production, ...options.limits })
  const server = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [
      createCallerErrorsPlugin(options.callerErrors),
      ...limits.plugins,
      createRateLimitPlugin({ logger, ...options.rateLimit }),
      requestLogPlugin<GatewayContext>(),
      {
        async serverWillStart() {
          started = true
          return {
            async serverWillStop() {
              started = false
              await resilience.shutdown()
            },
          }
        },
      },
    ],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    introspection: !options.production || !!options.explorer,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskError(formatSubgraphFailure(formatted), error),
    csrfPrevention: true,
  })
  const schema = apiSchemaOf(options.supergraphSdl)
  const hasReport = schema.getType(REPORT_TYPE) != null
  return {
    server,
    subgraphUrls,
    resilience,
    health: () => networkHealth(subgraphUrls, resilience),
    ready: () => networkReadiness(subgraphUrls, { started: () => started, resilience }),
    onRequest: createCors({ origins: options.corsOrigins ?? [] }),
    routes: (context) => {
      const routes: ReturnType<Gateway['routes']> = {}
      if (hasReport) routes['/reports/provincial'] = createReportExport({ server, schema, context })
      if (schema.getType(HTCDS_RECORD_TYPE)) routes['/exports/htcds'] = createHtcdsExport({ server, schema, context })
      if (hasReport) routes['/exports/glotip'] = createGlotipExport({ server, schema, context })
      if (options.explorer) Object.assign(routes, explorerRoutes())
      if (options.devTokenKey) routes[DEV_TOKEN_PATH] = createDevTokenRoute(options.devTokenKey)
      return routes
    },
  }
}
