// Subgraph bootstrap shared by every agency: schema = shared vocabulary + the subgraph's own
// schema.graphql, Apollo Server with masked unexpected errors, HTTP with /health, one log line
// per request under the request id the gateway signed.
import type { IncomingMessage } from 'node:http'
import { ApolloServer, type BaseContext } from '@apollo/server'
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled'
import { buildSubgraphSchema } from '@apollo/subgraph'
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js'
import { GraphQLError, parse, type GraphQLFormattedError, type GraphQLSchema } from 'graphql'
import { subgraphSdl } from '@lienthong/schema'
import { scalarResolvers } from './scalars.ts'
import { withoutSubmittedValues } from './inputErrors.ts'
import { serveHttp, type HealthReport, type RunningHttp } from './http.ts'
import type { SubgraphConfig } from './config.ts'
import { AcceptedSignatures, AuthenticationError, verifyForwardedRequest, type Identity } from './identity/index.ts'
import { applyAccessPolicy, type AccessPolicy } from './authz/guard.ts'
import { applyPublication } from './statistics/publish.ts'
import { auditPlugin } from './audit/log.ts'
import { createLogger, type Logger } from './logging/logger.ts'
import { requestLogOf, requestLogPlugin } from './logging/requestLog.ts'
import { connectTimeoutMs, databaseUnavailable, isDatabaseUnavailable } from './prisma/unavailable.ts'

/** The SDL a subgraph serves: its own schema.graphql followed by the shared vocabulary. */
export const subgraphTypeDefs = subgraphSdl

/** Combines resolver maps by explicit type name; a type defined twice is an error, never a silent override. */
export function combineResolvers<Ctx>(...maps: GraphQLResolverMap<Ctx>[]): GraphQLResolverMap<Ctx> {
  const out: GraphQLResolverMap<Ctx> = {}
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      if (typeName in out) throw new Error(`resolvers for ${typeName} are defined twice`)
      out[typeName] = fields
    }
  }
  return out
}

/** Extensions that carry internals or a submitted value (a subgraph's whole response body): never sent. */
const WITHHELD_EXTENSIONS = new Set(['stacktrace', 'exception', 'response', 'http', 'originalError', 'value', 'variables'])

/**
 * Unexpected errors are masked: no stack, no SQL, no values in responses (the request's log line
 * names their kind and path, logging/requestLog.ts). Typed errors keep their code; GraphQL's own
 * messages that quote a submitted value are rewritten to the field and the reason (inputErrors.ts).
 */
export function maskError(formatted: GraphQLFormattedError, _error?: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    const clean = withoutSubmittedValues(formatted)
    const extensions = Object.fromEntries(Object.entries(clean.extensions ?? {}).filter(([k]) => !WITHHELD_EXTENSIONS.has(k)))
    return { ...clean, extensions }
  }
  return { message: 'Lỗi nội bộ / Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } }
}

/**
 * A subgraph's error formatting: its database out of reach is DATABASE_UNAVAILABLE naming the
 * subgraph (prisma/unavailable.ts), whatever layer met it; everything else as `maskError`.
 */
export function subgraphErrorFormat(service: string | undefined) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    if (formatted.extensions?.code === 'DATABASE_UNAVAILABLE' || (!isCallerCode(formatted.extensions?.code) && isDatabaseUnavailable(error))) {
      const typed = databaseUnavailable(service)
      return { message: typed.message, path: formatted.path, extensions: typed.extensions }
    }
    return maskError(formatted, error)
  }
}
const isCallerCode = (code: unknown) => typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR'

export interface SubgraphDefinition<Ctx extends BaseContext> {
  /** The subgraph's name (named by DATABASE_UNAVAILABLE errors as `extensions.service`). */
  service?: string
  /** Folder holding schema.graphql (locate with import.meta.url). */
  dir: string
  resolvers: GraphQLResolverMap<Ctx>
  /** Who may read, write and see what (NET-7): enforced on the schema, not per resolver. */
  access: AccessPolicy
}

/** Breakdown cells are exact unless suppressed for a published role (statistics/publish.ts). */
const countByKeyResolvers = { CountByKey: { suppressed: (row: { suppressed?: boolean }) => row.suppressed === true } }

/** The executable schema a subgraph serves: its SDL and the vocabulary, resolvers, access policy and publication. */
export function subgraphSchema<Ctx extends BaseContext>(def: SubgraphDefinition<Ctx>): GraphQLSchema {
  const schema = buildSubgraphSchema({
    typeDefs: parse(subgraphTypeDefs(def.dir)),
    resolvers: combineResolvers<Ctx>(
      scalarResolvers as unknown as GraphQLResolverMap<Ctx>,
      countByKeyResolvers as unknown as GraphQLResolverMap<Ctx>,
      def.resolvers,
    ) as GraphQLResolverMap<unknown>,
  })
  applyAccessPolicy(schema, def.access)
  applyPublication(schema)
  return schema
}

export function createSubgraphServer<Ctx extends BaseContext>(def: SubgraphDefinition<Ctx>): ApolloServer<Ctx> {
  const schema = subgraphSchema(def)
  return new ApolloServer<Ctx>({
    schema,
    includeStacktraceInErrorResponses: false,
    formatError: subgraphErrorFormat(def.service),
    csrfPrevention: true,
    plugins: [ApolloServerPluginInlineTraceDisabled(), auditPlugin<Ctx>(def.service), requestLogPlugin<Ctx>()],
  })
}

export interface ServeSubgraphOptions<Ctx extends BaseContext> {
  config: Pick<SubgraphConfig, 'name' | 'host' | 'port'>
  server: ApolloServer<Ctx>
  context: (req: IncomingMessage, identity: Identity) => Promise<Ctx>
  /** This subgraph's own secret: requests the gateway did not sign with it are refused (401). */
  subgraphSecret: string
  /** Cheap database round trip for /health. */
  ping: () => Promise<unknown>
  /** Where the request lines go (default: stdout, LT_LOG_LEVEL, service = the subgraph's name). */
  logger?: Logger
}

/** The database's round trip, bounded (a hung connection is 'down' too, in seconds). */
export async function databaseHealth(service: string, ping: () => Promise<unknown>): Promise<HealthReport> {
  let timer: NodeJS.Timeout | undefined
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database ping timed out')), connectTimeoutMs() + 1_000)
  })
  try {
    await Promise.race([ping(), bound])
    return { status: 'ok', service, database: 'up' }
  } catch {
    return { status: 'down', service, database: 'down' }
  } finally {
    clearTimeout(timer)
  }
}

export async function serveSubgraph<Ctx extends BaseContext>(o: ServeSubgraphOptions<Ctx>): Promise<RunningHttp> {
  await o.server.start()
  const accepted = new AcceptedSignatures() // this process's memory of signed requests, against replays
  const http = await serveHttp({
    server: o.server,
    context: async (req, body) => {
      let identity: Identity
      try {
        identity = verifyForwardedRequest(body, o.subgraphSecret, accepted)
      } catch (e) {
        const reason = e instanceof AuthenticationError ? e.message : 'chữ ký của cổng không hợp lệ / invalid gateway signature'
        throw new GraphQLError(`Không được phép / Unauthenticated — ${reason}`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } })
      }
      // the request id is the one the gateway signed with the identity: a caller cannot choose it
      const request = requestLogOf(req)
      if (request && identity.requestId) request.requestId = identity.requestId
      return o.context(req, identity)
    },
    logger: o.logger ?? createLogger({ service: o.config.name }),
    acceptRequestId: false,
    host: o.config.host,
    port: o.config.port,
    portVariable: `${o.config.name.toUpperCase()}_PORT`,
    health: () => databaseHealth(o.config.name, o.ping),
    // ready to take requests: the database answers
    ready: () => databaseHealth(o.config.name, o.ping),
  })
  return {
    ...http,
    close: async () => {
      await http.close()
      await o.server.stop()
    },
  }
}

export { GraphQLError }
