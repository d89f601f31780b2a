// The network on Hive Gateway (issue NET-9): its runtime serving the same supergraph
// (schema/supergraph.graphql) in front of the same subgraphs, with the concerns our Apollo gateway
// has: users' JWTs with our rules, the identity forwarded signed with each subgraph's own secret
// (./forwarding.ts), the query limits of gateway/src/plugins/queryLimits.ts (graphql-armor's
// envelop plugins, same numbers), the per-token rate limit, CSRF prevention, error masking with
// the kit's contract (typed codes kept without submitted values, anything else a bare
// INTERNAL_SERVER_ERROR) and the request id. A fetch handler: serve it with node:http's
// createServer (./index.ts) or any WHATWG server.
import type { KeyObject } from 'node:crypto'
import { EnvelopArmor } from '@escape.tech/graphql-armor'
import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from '@graphql-hive/gateway-runtime'
import { createGraphQLError } from '@graphql-tools/utils'
import type { GraphQLError } from 'graphql'
import { ERROR_CODES, isErrorCode, maskError } from '@lienthong/kit'
import { DEFAULT_QUERY_LIMITS, type QueryLimitsOptions } from '../../src/plugins/queryLimits.ts'
import { useCallers, type CallerContext } from './callers.ts'
import { useIdentityForwarding, useSubgraphSignatures } from './forwarding.ts'
import type { RateLimiter } from '../../src/rateLimit/limiter.ts'

export interface HiveGatewayOptions {
  supergraphSdl: string
  /** Overrides of the subgraph URLs written in the supergraph. */
  subgraphUrls?: Record<string, string>
  /** The master secret each subgraph's signing secret derives from (kit/src/identity/keys.ts). */
  masterSecret: KeyObject
  jwtPublicKey: KeyObject
  maxTokenLifetimeSeconds?: number
  rateLimiter: RateLimiter
  rateLimit: { limit: number; windowMs: number }
  limits?: Partial<QueryLimitsOptions>
  production?: boolean
}

const JOIN_GRAPH = /@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g

/** The subgraphs a supergraph names, and the supergraph with `urls` written in. */
export function withSubgraphUrls(sdl: string, urls: Record<string, string> = {}): { sdl: string; subgraphs: string[] } {
  const subgraphs: string[] = []
  const rewritten = sdl.replace(JOIN_GRAPH, (_, name: string, url: string) => {
    subgraphs.push(name)
    return `@join__graph(name: "${name}", url: "${urls[name] ?? url}")`
  })
  return { sdl: rewritten, subgraphs }
}

export function createHiveGateway(o: HiveGatewayOptions): GatewayRuntime<CallerContext> {
  const { sdl, subgraphs } = withSubgraphUrls(o.supergraphSdl, o.subgraphUrls)
  const limits = { ...DEFAULT_QUERY_LIMITS, blockFieldSuggestions: !!o.production, ...o.limits }
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  }).protect()
  return createGatewayRuntime<CallerContext>({
    supergraph: sdl,
    logging: process.env.LT_LOG_LEVEL === 'debug' ? 'debug' : false,
    landingPage: false,
    graphiql: false,
    // as Apollo Server's: a request a browser could send without a preflight needs one of these headers
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight'] },
    maskedErrors: { maskError: maskedError },
    plugins: () => [
      useCallers({ jwtPublicKey: o.jwtPublicKey, maxTokenLifetimeSeconds: o.maxTokenLifetimeSeconds, rateLimiter: o.rateLimiter, rateLimit: o.rateLimit }),
      // biome-ignore lint/suspicious/noExplicitAny: graphql-armor's envelop plugins serve any context
      ...(armor.plugins as any[]),
      useStatusOfRefusals(),
      useIdentityForwarding(),
      ...useSubgraphSignatures(o.masterSecret, subgraphs),
    ],
  })
}

/**
 * As our Apollo gateway (gateway/src/plugins/callerErrors.ts): a response without data answers
 * with the HTTP status of its errors' code (400, 403, 404, 409 …) instead of 200.
 */
function useStatusOfRefusals(): GatewayPlugin {
  return {
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        if (!('errors' in result) || !result.errors?.length) return
        if (result.data && Object.values(result.data).some((v) => v != null)) return
        const statuses = result.errors.map(({ extensions }) =>
          isErrorCode(extensions?.code) ? ERROR_CODES[extensions.code as keyof typeof ERROR_CODES].status : 500,
        )
        const status = statuses.find((s) => s >= 500) ?? statuses[0]!
        for (const error of result.errors) (error.extensions as Record<string, unknown>).http ??= { status }
      },
    }),
  }
}

/** A GraphQL error, whichever copy of graphql made it (Hive's CommonJS one, or an ES module one). */
interface GraphQLErrorLike extends Error {
  extensions?: Record<string, unknown>
  originalError?: unknown
  nodes?: GraphQLError['nodes']
  path?: GraphQLError['path']
  toJSON: GraphQLError['toJSON']
}
const isGraphQLError = (e: unknown): e is GraphQLErrorLike =>
  e instanceof Error && e.name === 'GraphQLError' && typeof (e as GraphQLErrorLike).toJSON === 'function'
const PARSE_ERROR = /^Syntax Error: (Unexpected|Expected|Unterminated|Invalid|Cannot)/

/**
 * The kit's masking (kit/src/server.ts maskError) as a Yoga error mask; the HTTP status an error
 * carries is kept. An error about the document itself (no code, no cause: the parser's, a
 * validation rule's, graphql-armor's) is GRAPHQL_PARSE_FAILED or GRAPHQL_VALIDATION_FAILED, 400.
 */
function maskedError(error: unknown): Error {
  const e = isGraphQLError(error) ? error : undefined
  const typed = isGraphQLError(e?.originalError) ? e.originalError : e
  let json = typed ? typed.toJSON() : { message: String(error) }
  let http = typed?.extensions?.http as Record<string, unknown> | undefined
  if (typed && !typed.extensions?.code && !isGraphQLError(typed.originalError) && !(typed.originalError instanceof Error)) {
    json = { ...json, extensions: { ...json.extensions, code: PARSE_ERROR.test(typed.message) ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED' } }
  }
  if (json.extensions?.code === 'GRAPHQL_PARSE_FAILED' || json.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') http ??= { status: 400 }
  http = (e?.extensions?.http as Record<string, unknown> | undefined) ?? http
  const formatted = maskError(json, error)
  // made by Hive's own copy of graphql, so that Yoga reads the HTTP status it carries
  return createGraphQLError(formatted.message, {
    ...(e?.nodes ? { nodes: e.nodes } : {}),
    ...(e?.path ? { path: e.path } : {}),
    extensions: { ...formatted.extensions, ...(http ? { http } : {}) },
  })
}
