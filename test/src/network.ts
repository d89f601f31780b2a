// The whole network for tests: the four subgraphs on fresh databases (seeded with the demo
// world), each behind real HTTP on a free port, and the gateway over real HTTP in front of them:
// ours (Apollo Gateway), or with LT_TEST_GATEWAY=hive the same network on Hive Gateway (gateway/hive).
import { readFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { composeServices } from '@apollo/composition'
import { parse } from 'graphql'
import { SUBGRAPH_NAMES, subgraphDir, subgraphSdl, type SubgraphName } from '@lienthong/schema'
import { createSecretKey, generateKeyPairSync, randomBytes, type KeyObject, type KeyPairKeyObjectResult } from 'node:crypto'
import { startHiveGateway, TEST_GATEWAY } from './hiveGateway.ts'
import { issueToken, signForwardedRequest, subgraphSecret, type Identity } from '@lienthong/kit/identity'
import {
  createLogger,
  DEV_NETWORK_KEY,
  serveHttp,
  serveSubgraph,
  subgraphEnv,
  type DatabaseConfig,
  type DbProvider,
  type LoggerOptions,
  type RunningHttp,
  type SubgraphModule,
} from '@lienthong/kit'
import { createTestDatabase, type TestDatabase } from '@lienthong/kit/testing'
import { createGateway } from '@lienthong/gateway'
import { createGatewayContext } from '@lienthong/gateway/context'
import { DEFAULT_SUPERGRAPH_PATH } from '@lienthong/gateway/config'
import type { NetworkResilience, ResilienceSettings } from '@lienthong/gateway/resilience'

/** Every subgraph of the agency registry (schema/src/agencies.ts), as its package `@lienthong/<subgraph>` defines it. */
export const SUBGRAPH_MODULES = Object.fromEntries(
  await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => [name, ((await import(`@lienthong/${name}`)) as { subgraph: SubgraphModule<any, any> }).subgraph] as const),
  ),
) as Record<SubgraphName, SubgraphModule<any, any>>
export type Name = SubgraphName

export { TEST_OFFICERS } from '@lienthong/kit/testing'
export { onlyApollo, TEST_GATEWAY } from './hiveGateway.ts'

/** The identity the network's `query` acts as unless told otherwise (tokens never carry a purpose). */
export const DEFAULT_CALLER: Identity = { sub: 'test-officer', agency: 'police', role: 'officer', unit: '99' }
/** The purpose `query` and `as` declare unless told otherwise (header X-Purpose-Of-Use). */
export const DEFAULT_PURPOSE = 'investigation'

export type Query = <T = any>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<{ status: number; body: { data?: T; errors?: any[] } }>

/** The key pair of users' tokens and the master secret of the gateway's signatures to subgraphs. */
export interface NetworkKeys {
  jwt: KeyPairKeyObjectResult
  /** Each subgraph's signing secret derives from it. */
  master: KeyObject
}

/** A subgraph request body with the forwarded identity and its signature in `extensions`. */
export interface SignedBody {
  query: string
  variables?: unknown
  extensions: Record<string, unknown>
}

export interface TestNetwork extends AsyncDisposable {
  gatewayUrl: string
  keys: NetworkKeys
  /** A valid JWT for `identity`, signed with this network's user-token key. */
  token: (identity?: Identity, ttlSeconds?: number) => Promise<string>
  /**
   * The request body the gateway would send subgraph `subgraph` (default: cases) for `op` on behalf
   * of `identity`, signed at `now` with that subgraph's secret (to show a subgraph accepts only that).
   */
  gatewaySignature: (identity: Identity, op: { query: string; variables?: unknown }, now?: number, subgraph?: Name) => SignedBody
  subgraphUrls: Record<Name, string>
  /** Each subgraph's test database (to tamper with it, or point a CLI at it). */
  databases: Record<Name, DatabaseConfig>
  /** POSTs to the gateway with a token for DEFAULT_CALLER and DEFAULT_PURPOSE; `headers` override them ('' sends none). */
  query: Query
  /** The same as another caller: a token for `identity` (its `purpose`, if any, goes in the header). */
  as: (identity: Identity) => Promise<Query>
  /** Stops one subgraph (to see the gateway's health degrade). */
  stopSubgraph: (name: Name) => Promise<void>
  /** Starts a stopped subgraph again, on its port and database (to see the gateway pick it up). */
  restartSubgraph: (name: Name) => Promise<void>
  /** The gateway's subgraph deadlines and circuit breakers. */
  resilience: NetworkResilience
  stop: () => Promise<void>
}

export interface NetworkOptions {
  seed?: boolean
  /** Serve these existing, migrated databases (e.g. restored from a backup) instead of fresh copies: never seeded, never dropped. */
  databases?: Partial<Record<Name, DatabaseConfig>>
  /** The supergraph to serve; by default the committed one, or the composition of `only`. */
  supergraphSdl?: string
  /** Start only these subgraphs (a subset that composes alone: the police subgraph requires the others' statistics fields). */
  only?: Name[]
  /** Observe the SQL statements of a subgraph (to count them). */
  onStatement?: Partial<Record<Name, (sql: string) => void>>
  /** The database URL a subgraph's client uses instead of its test database's own (e.g. through a TCP proxy that can cut it). */
  databaseRoutes?: Partial<Record<Name, (db: DatabaseConfig) => DatabaseConfig>>
  /** Where the gateway sends a subgraph's requests instead of the subgraph itself (e.g. a recording proxy). */
  gatewayRoutes?: Partial<Record<Name, string>>
  /** Per-token rate limit at the gateway (default: high enough for fixtures that write hundreds of records); `redisUrl` shares it with other replicas. */
  rateLimit?: { limit: number; windowMs: number; redisUrl?: string; keyPrefix?: string }
  /** Another network's key pairs (users' tokens, the gateway's signature): replicas of one deployment share them. */
  keys?: NetworkKeys
  /** Browser origins the gateway allows (CORS), e.g. the dashboard's under test. */
  corsOrigins?: string[]
  /** Serve GET /dev/token (signed with this network's user-token key) and the explorer, as in development. */
  development?: boolean
  /** Where every service writes its log lines, at level info (default: stdout at LT_LOG_LEVEL, silent in tests). */
  logs?: LoggerOptions['destination']
  /** The gateway's subgraph deadlines, breakers and retries (default: the production defaults). */
  resilience?: ResilienceSettings
  /** Subgraphs started only after the gateway (to show it starts while they are down); start them with restartSubgraph. */
  startLater?: Name[]
}

/** The supergraph of some of the subgraphs (for networks started with `only`). */
export function composeSubset(names: readonly Name[]): string {
  const composed = composeServices(names.map((name) => ({ name, typeDefs: parse(subgraphSdl(subgraphDir(name))), url: 'http://127.0.0.1:1/graphql' })))
  if (!composed.supergraphSdl) throw new Error(`composition of ${names.join(', ')} failed: ${composed.errors?.map((e) => e.message).join('; ')}`)
  return composed.supergraphSdl
}

/** Tests write whole fixtures through the gateway with one token: far above the production limit. */
export const TEST_RATE_LIMIT = { limit: 1_000_000, windowMs: 60_000 }

export async function startNetwork(provider: DbProvider, options: NetworkOptions = {}): Promise<TestNetwork> {
  const names = options.only ?? SUBGRAPH_NAMES
  const databases: TestDatabase[] = []
  const running = new Map<Name, { http: RunningHttp; disconnect: () => Promise<void> }>()
  const urls = {} as Record<Name, string>
  const databaseConfigs = {} as Record<Name, DatabaseConfig>
  let gatewayHttp: RunningHttp | undefined
  let resilience: NetworkResilience | undefined
  const stop = async () => {
    await gatewayHttp?.close()
    for (const r of running.values()) {
      await r.http.close()
      await r.disconnect()
    }
    running.clear()
    await Promise.all(databases.map((d) => d.drop()))
  }
  const loggerOf = (service: string) => createLogger(options.logs ? { service, level: 'info', destination: options.logs } : { service })
  const { jwt: jwtKeys, master: masterSecret } = options.keys ?? { jwt: generateKeyPairSync('ed25519'), master: createSecretKey(randomBytes(32)) }
  /** Serves one subgraph on `port` (0: a free one) with a database client `db` of its test database. */
  const serve = async (name: Name, port: number, db = openDatabase(name)) => {
    const m = SUBGRAPH_MODULES[name]
    const http = await serveSubgraph({
      config: { name, host: '127.0.0.1', port },
      subgraphSecret: subgraphSecret(masterSecret, name),
      server: m.createServer(),
      context: m.createContext(db, subgraphEnv({})),
      ping: () => m.ping(db),
      logger: loggerOf(name),
    })
    running.set(name, { http, disconnect: () => db.$disconnect() })
    return http
  }
  const openDatabase = (name: Name) => {
    const onStatement = options.onStatement?.[name]
    const database = databaseConfigs[name]!
    return SUBGRAPH_MODULES[name].createPrisma(options.databaseRoutes?.[name]?.(database) ?? database, onStatement ? { onStatement } : {})
  }
  const ports = new Map<Name, number>()
  try {
    await Promise.all(
      names.map(async (name) => {
        const m = SUBGRAPH_MODULES[name]
        const given = options.databases?.[name]
        const database = given ? undefined : await createTestDatabase(m.dir, provider)
        if (database) databases.push(database)
        databaseConfigs[name] = given ?? database!.db
        const db = openDatabase(name)
        if (options.seed !== false && !given) await m.seedDemo!(db, DEV_NETWORK_KEY)
        if (options.startLater?.includes(name)) {
          await db.$disconnect()
          const port = await freePort()
          ports.set(name, port)
          urls[name] = `http://127.0.0.1:${port}/graphql`
          return
        }
        const http = await serve(name, 0, db)
        ports.set(name, http.port)
        urls[name] = http.url
      }),
    )
    const supergraphSdl = options.supergraphSdl ?? (options.only ? composeSubset(names) : readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'))
    if (TEST_GATEWAY === 'hive') {
      const hive = await startHiveGateway({
        supergraphSdl,
        subgraphUrls: { ...urls, ...options.gatewayRoutes },
        masterSecret,
        jwtPublicKey: jwtKeys.publicKey,
        rateLimit: options.rateLimit ?? TEST_RATE_LIMIT,
      })
      gatewayHttp = hive.http
      resilience = hive.resilience
    } else {
      const gateway = createGateway({
        supergraphSdl,
        subgraphUrls: { ...urls, ...options.gatewayRoutes },
        signingKey: masterSecret,
        rateLimit: options.rateLimit ?? TEST_RATE_LIMIT,
        corsOrigins: options.corsOrigins,
        ...(options.development ? { explorer: true, devTokenKey: jwtKeys.privateKey } : {}),
        ...(options.resilience ? { resilience: options.resilience } : {}),
        logger: loggerOf('gateway'),
      })
      const { server, routes, onRequest } = gateway
      resilience = gateway.resilience
      await server.start()
      const http = await serveHttp({
        server,
        host: '127.0.0.1',
        port: 0,
        portVariable: 'GATEWAY_PORT',
        context: createGatewayContext(jwtKeys.publicKey),
        routes: routes(createGatewayContext(jwtKeys.publicKey)),
        onRequest,
        health: gateway.health,
        ready: gateway.ready,
        logger: loggerOf('gateway'),
      })
      gatewayHttp = {
        ...http,
        close: async () => {
          await http.close()
          await server.stop()
        },
      }
    }
  } catch (e) {
    await stop()
    throw e
  }
  const gatewayUrl = gatewayHttp.url
  const token = (identity: Identity = DEFAULT_CALLER, ttl?: number) => issueToken(identity, jwtKeys.privateKey, ttl)
  const defaultToken = await token()
  return {
    gatewayUrl,
    keys: { jwt: jwtKeys, master: masterSecret },
    subgraphUrls: urls,
    databases: databaseConfigs,
    stop,
    [Symbol.asyncDispose]: stop,
    token,
    gatewaySignature: (identity, op, now, subgraph = 'cases') => signForwardedRequest(op, identity, subgraphSecret(masterSecret, subgraph), now),
    stopSubgraph: async (name) => {
      const r = running.get(name)
      if (r) {
        await r.http.close()
        running.delete(name)
        await r.disconnect()
      }
    },
    restartSubgraph: async (name) => {
      if (!running.has(name)) await serve(name, ports.get(name)!)
    },
    resilience: resilience!,
    query: queryWith(gatewayUrl, defaultToken, DEFAULT_PURPOSE),
    as: async ({ purpose, ...identity }) => queryWith(gatewayUrl, await token(identity), purpose ?? ''),
  }
}

/** A port nothing listens on yet (the OS's choice, released at once). */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

function queryWith(gatewayUrl: string, bearer: string, purpose: string): Query {
  return async (query, variables, headers = {}) => {
    const all: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${bearer}`, 'x-purpose-of-use': purpose, ...headers }
    for (const [k, v] of Object.entries(all)) if (!v) delete all[k]
    const send = () => fetch(gatewayUrl, { method: 'POST', headers: all, body: JSON.stringify({ query, variables }) })
    // a kept-alive socket the server closed while the test paused (its 5 s keep-alive) resets
    // before anything is read: sent again once on a new socket
    const res = await send().catch((e) => {
      if ((e as { cause?: { code?: string } }).cause?.code === 'ECONNRESET') return send()
      throw e
    })
    return { status: res.status, body: (await res.json()) as any }
  }
}
