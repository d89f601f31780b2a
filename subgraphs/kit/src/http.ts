// A small HTTP front for an Apollo Server (subgraph or gateway): POST/GET /graphql and GET /health.
// Apollo Server 5 ships no HTTP framework; this is its documented integration surface
// (executeHTTPGraphQLRequest), with a request size limit and a clear "port in use" failure.
// Every request gets a request id (X-Request-Id on every response, errors included) and one log
// line when it ends (logging/requestLog.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server'
import { ConfigError } from './config.ts'
import type { Identity } from './identity/claims.ts'
import { processLog, type Logger } from './logging/logger.ts'
import { bindHttpRequest, errorCodeOf, logUnexpected, startRequestLog, type RequestLog } from './logging/requestLog.ts'
import { REQUEST_ID_HEADER } from './logging/requestId.ts'

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down'
  service: string
  [detail: string]: unknown
}

export interface HttpOptions<Ctx extends BaseContext> {
  server: ApolloServer<Ctx>
  /** Builds the request context; may throw a GraphQLError with extensions.http.status (e.g. 401). */
  context: (req: IncomingMessage, body: unknown) => Promise<Ctx>
  health: () => Promise<HealthReport>
  /** GET /ready: whether this process can serve now (503 when its status is 'down'). */
  ready?: () => Promise<HealthReport>
  host: string
  port: number
  /** Environment variable that sets the port, named in the "port in use" message. */
  portVariable: string
  /** Largest accepted request body in bytes (default 1 MiB). */
  maxBodyBytes?: number
  /** Extra GET routes by path (e.g. report exports); they authenticate on their own. */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>>
  /** Runs before anything else (e.g. CORS); returns true when it has answered the request itself (a preflight). */
  onRequest?: (req: IncomingMessage, res: ServerResponse) => boolean
  /** Where the request lines go (default: the process's logger, LT_LOG_LEVEL). */
  logger?: Logger
  /**
   * Take a well-formed X-Request-Id of the caller as the request id (default true: the gateway).
   * A subgraph says false: it trusts only the id the gateway signed, set by its context.
   */
  acceptRequestId?: boolean
}

export interface RunningHttp {
  url: string
  port: number
  close: () => Promise<void>
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

class PayloadTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new PayloadTooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

export async function serveHttp<Ctx extends BaseContext>(options: HttpOptions<Ctx>): Promise<RunningHttp> {
  const { server, context, health } = options
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const logger = options.logger ?? processLog()
  const known = new Set(['/graphql', '/', '/health', '/ready', ...Object.keys(options.routes ?? {})])
  const http = createServer(async (req, res) => {
    const request = startRequestLog(req, logger, options.acceptRequestId ?? true)
    res.setHeader(REQUEST_ID_HEADER, request.requestId)
    res.once('close', () => request.finish(res.statusCode))
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      // only the server's own paths are logged: any other path is the caller's text
      request.route = known.has(url.pathname) ? url.pathname : '(other)'
      if (options.onRequest?.(req, res)) return
      if (url.pathname === '/health' && req.method === 'GET') {
        const report = await health()
        return sendJson(res, report.status === 'down' ? 503 : 200, report)
      }
      if (url.pathname === '/ready' && req.method === 'GET' && options.ready) {
        const report = await options.ready()
        return sendJson(res, report.status === 'down' ? 503 : 200, report)
      }
      const route = options.routes?.[url.pathname]
      if (route && req.method === 'GET') return await route(req, res, url)
      if (url.pathname !== '/graphql' && url.pathname !== '/') return sendJson(res, 404, { error: 'not found: use /graphql or /health' })
      const headers = new HeaderMap()
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v)
      const raw = req.method === 'POST' ? await readBody(req, limit) : ''
      let body: unknown = raw
      if (raw && (headers.get('content-type') ?? '').includes('application/json')) {
        try {
          body = JSON.parse(raw)
        } catch {
          request.codes.add('BAD_REQUEST')
          return sendJson(res, 400, { errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] })
        }
      }
      const httpGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body }
      bindHttpRequest(httpGraphQLRequest, request)
      const result = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => contextOf(req, body, request) })
      for (const [k, v] of result.headers) res.setHeader(k, v)
      res.setHeader(REQUEST_ID_HEADER, request.requestId) // a subgraph's is the one the gateway signed
      res.statusCode = result.status ?? 200
      if (result.body.kind === 'complete') return void res.end(result.body.string)
      for await (const chunk of result.body.asyncIterator) res.write(chunk)
      res.end()
    } catch (e) {
      if (e instanceof PayloadTooLarge) {
        request.codes.add('PAYLOAD_TOO_LARGE')
        return sendJson(res, 413, { errors: [{ message: `Request body larger than ${limit} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] })
      }
      request.codes.add('INTERNAL_SERVER_ERROR')
      logUnexpected(request.log, e)
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })
      else res.end()
    }
  })
  /** The caller's context; its agency goes in the request's line, a refusal while building it by its code. */
  async function contextOf(req: IncomingMessage, body: unknown, request: RequestLog): Promise<Ctx> {
    try {
      const ctx = await context(req, body)
      const identity = (ctx as { identity?: Identity }).identity
      request.agency = identity?.agency
      request.clientOperation = identity?.operation
      return ctx
    } catch (e) {
      const code = errorCodeOf(e)
      request.codes.add(code)
      if (code === 'INTERNAL_SERVER_ERROR') logUnexpected(request.log, e)
      throw e
    }
  }
  // Callers (the gateway's fetcher, browsers) keep idle sockets open: the server keeps them longer
  // than Node's 5 s, so it does not close one just as the caller reuses it (a reset request).
  http.keepAliveTimeout = 65_000
  http.headersTimeout = 66_000
  await new Promise<void>((resolve, reject) => {
    http.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new ConfigError(`port ${options.port} on ${options.host} is in use: stop the other process or set ${options.portVariable} to a free port`)
          : e,
      ),
    )
    http.listen(options.port, options.host, () => resolve())
  })
  // The gateway keeps its sockets to the subgraphs open without an idle limit: with Node's 5 s
  // keep-alive a subgraph closed a socket while the gateway waited for another subgraph's long
  // answer (a many-period report on a loaded machine), and the gateway's next step on it failed
  // (ECONNRESET). Idle sockets now stay open two minutes.
  http.keepAliveTimeout = 120_000
  http.headersTimeout = 121_000
  const port = (http.address() as AddressInfo).port
  return {
    url: `http://${options.host}:${port}/graphql`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        http.close(() => resolve())
        http.closeAllConnections()
      }),
  }
}
