// (b) This project's gateway as production runs it: createGateway with `production: true` (query
// limits, per-token rate limit, CSRF prevention, error masking, request log, signed identity to
// the subgraphs) behind the kit's serveHttp with the same token check as gateway/src/index.ts.
// The rate limit stays on with a limit the benchmark's single token cannot reach. Used when the
// gateway is not built (gateways.ts runs `node gateway/dist/index.js` when it is); a compiled
// server module (gateway/dist/server.js) is still preferred when one exists. Nothing here imports
// graphql itself: the gateway's own copy (the workspace's) is the only one.
import { createPublicKey, createSecretKey, randomBytes, type KeyObject } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createLogger, serveHttp } from '@lienthong/kit'
import { BENCH_RATE_LIMIT_PER_MINUTE } from '../gateways.ts'
import { announceReady, launchSettings } from './ready.ts'

const gatewayDir = new URL('../../../gateway/', import.meta.url)
const candidates = ['dist/server.js', 'dist/src/server.js']
const built = candidates.find((file) => existsSync(new URL(file, gatewayDir)))
const moduleOf = (name: string) => (built ? new URL(built.replace('server.js', `${name}.js`), gatewayDir) : new URL(`src/${name}.ts`, gatewayDir)).href
// what this file uses of the gateway, typed by serveHttp's options (the gateway's own types are
// checked with the gateway, against its copy of graphql)
type Serving = Parameters<typeof serveHttp>[0]
interface BenchGateway extends Pick<Serving, 'server' | 'onRequest' | 'health' | 'ready'> {
  routes: (context: Serving['context']) => NonNullable<Serving['routes']>
}
const { createGateway } = (await import(moduleOf('server'))) as { createGateway: (options: Record<string, unknown>) => BenchGateway }
const { createGatewayContext } = (await import(moduleOf('context'))) as { createGatewayContext: (jwtPublicKey: KeyObject) => Serving['context'] }

const { supergraphPath, port } = launchSettings()
const jwtPem = process.env.BENCH_JWT_PUBLIC_KEY
if (!jwtPem) throw new Error('BENCH_JWT_PUBLIC_KEY: the public key of the benchmark token is required')
const logger = createLogger({ service: 'gateway' })
const { server, routes, onRequest, health, ready } = createGateway({
  supergraphSdl: readFileSync(supergraphPath, 'utf8'),
  production: true,
  signingKey: createSecretKey(randomBytes(32)),
  rateLimit: { limit: BENCH_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 },
  logger,
})
await server.start()
const context = createGatewayContext(createPublicKey(jwtPem))
const http = await serveHttp({
  server,
  host: '127.0.0.1',
  port,
  portVariable: 'BENCH_PORT',
  context,
  routes: routes(context),
  onRequest,
  logger,
  health,
  ready,
})
logger.info({ build: built ?? 'src' }, 'benchmark gateway started')
announceReady(new URL('/graphql', http.url).href)
