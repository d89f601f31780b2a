// One log line per request, written when its response ends (serveHttp): the request id, the
// service, the caller's agency, the operation's name and type, the HTTP status, the duration and
// the outcome with the error codes. The request's events (an unexpected error, an audit log that
// could not be written) carry the same id. Never a variable, a query text, a header value, an
// error message or anything personal: only names, codes and ids.
import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { performance } from 'node:perf_hooks'
import type { ApolloServerPlugin, BaseContext, GraphQLRequest, GraphQLResponse, HTTPGraphQLRequest } from '@apollo/server'
import type { Logger } from './logger.ts'
import { processLog } from './logger.ts'
import { requestIdFrom, REQUEST_ID_HEADER } from './requestId.ts'
import { isDatabaseUnavailable } from '../prisma/unavailable.ts'

/** A GraphQL name (operation names are client-chosen: anything else is not logged). */
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,127}$/
/** An error code as the servers write them (ERROR_CODES, Apollo's own). */
const CODE = /^[A-Z][A-Z0-9_]{0,63}$/

/** The code of an error as it would be answered; anything without a well-formed one is unexpected. */
export function errorCodeOf(error: unknown): string {
  const code = (error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code
  return typeof code === 'string' && CODE.test(code) ? code : 'INTERNAL_SERVER_ERROR'
}

/** The kind of an unexpected error (its class name), never its message. */
function kindOf(error: unknown): string {
  const original = (error as { originalError?: unknown } | undefined)?.originalError ?? error
  return original instanceof Error ? original.name : typeof original
}

/** What is known of one HTTP request, filled as it goes and logged once at its end. */
export class RequestLog {
  /** Set by serveHttp; a subgraph replaces it with the id the gateway signed. */
  requestId: string
  /** The caller's agency, once authenticated. */
  agency?: string
  /** In a subgraph: the client's operation as the gateway named it (name and root fields, signed). */
  clientOperation?: string
  operation?: string
  operationType?: string
  /** The path served, when it is one of the server's routes. */
  route?: string
  /** Codes of the errors met outside the GraphQL response (context creation, HTTP layer). */
  readonly codes = new Set<string>()
  /** The GraphQL response as finally sent (after every plugin). */
  response?: GraphQLResponse
  private readonly started = performance.now()
  private finished = false

  constructor(
    private readonly logger: Logger,
    requestId: string,
  ) {
    this.requestId = requestId
  }

  /** A logger for this request's events: its id in every line. */
  get log(): Logger {
    return this.logger.child({ requestId: this.requestId })
  }

  /** Writes the request's line (once). */
  finish(status: number): void {
    if (this.finished) return
    this.finished = true
    const codes = new Set(this.codes)
    const body = this.response?.body
    if (body?.kind === 'single') for (const e of body.singleResult.errors ?? []) codes.add(errorCodeOf(e))
    const line = {
      requestId: this.requestId,
      agency: this.agency,
      route: this.route,
      operation: this.operation,
      operationType: this.operationType,
      clientOperation: this.clientOperation,
      status,
      durationMs: Math.round((performance.now() - this.started) * 10) / 10,
      outcome: codes.size > 0 || status >= 400 ? 'error' : 'ok',
      ...(codes.size > 0 ? { errorCodes: [...codes].sort() } : {}),
    }
    if (status >= 500) this.logger.error(line, 'request')
    else if (this.route === '/health') this.logger.debug(line, 'request')
    else this.logger.info(line, 'request')
  }
}

const byRequest = new WeakMap<IncomingMessage, RequestLog>()
// Apollo Server copies the context of each operation, but hands plugins the HTTP request serveHttp built
const byHttpRequest = new WeakMap<HTTPGraphQLRequest, RequestLog>()

/** Starts the record of `req` (serveHttp does, for every request it serves), with the caller's well-formed id when `acceptHeader`. */
export function startRequestLog(req: IncomingMessage, logger: Logger, acceptHeader: boolean): RequestLog {
  const record = new RequestLog(logger, acceptHeader ? requestIdFrom(req.headers[REQUEST_ID_HEADER]) : randomUUID())
  byRequest.set(req, record)
  return record
}

export const requestLogOf = (req: IncomingMessage): RequestLog | undefined => byRequest.get(req)

/** Links the HTTP request given to Apollo Server to its record (so plugins find it). */
export function bindHttpRequest(http: HTTPGraphQLRequest, record: RequestLog): void {
  byHttpRequest.set(http, record)
}

/** The record of the served request a GraphQL operation came in (none for `executeOperation`). */
export const requestLogOfOperation = (request: GraphQLRequest): RequestLog | undefined => (request.http ? byHttpRequest.get(request.http) : undefined)

/** The request id serveHttp gave `req` (the caller's well-formed one, or a new one). */
export const requestIdOf = (req: IncomingMessage): string => byRequest.get(req)?.requestId ?? requestIdFrom(req.headers[REQUEST_ID_HEADER])

/** The logger of the served request an operation came in (the process's logger for `executeOperation`). */
export const loggerOf = (request: GraphQLRequest): Logger => requestLogOfOperation(request)?.log ?? processLog()

/** Logs an unexpected error by its kind and path, never its message (LT_DEBUG_ERRORS=1 adds the error itself, for development). */
export function logUnexpected(log: Logger, error: unknown, path?: readonly (string | number)[]): void {
  log.error({ errorKind: kindOf(error), path: path?.join('.') }, 'unexpected error')
  if (process.env.LT_DEBUG_ERRORS === '1')
    log.error({ err: (error as { originalError?: unknown })?.originalError ?? error }, 'unexpected error (LT_DEBUG_ERRORS)')
}

/**
 * Gives the request's record the operation and the final response, and logs unexpected errors
 * with the request id. In the plugins of the gateway and of every subgraph.
 */
export function requestLogPlugin<Ctx extends BaseContext>(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart({ request }) {
      const record = requestLogOfOperation(request)
      return {
        async didEncounterErrors({ errors }) {
          for (const e of errors) {
            if (errorCodeOf(e) !== 'INTERNAL_SERVER_ERROR') continue
            // the database out of reach is answered DATABASE_UNAVAILABLE (a subgraph's formatError): a warning, not a bug
            if (isDatabaseUnavailable(e)) (record?.log ?? processLog()).warn({ event: 'database_unavailable', path: e.path?.join('.') }, 'database unavailable')
            else logUnexpected(record?.log ?? processLog(), e, e.path)
          }
        },
        async willSendResponse({ response, operationName, operation }) {
          if (!record) return
          record.response = response
          if (operationName && NAME.test(operationName)) record.operation = operationName
          record.operationType = operation?.operation
        },
      }
    },
  }
}
