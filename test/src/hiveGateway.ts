// The test network's gateway when LT_TEST_GATEWAY=hive: the same network on Hive Gateway
// (gateway/hive, its own install: `npm run install:hive` there), in-process over real HTTP, with
// the network's keys and rate limit. Tests of what only our Apollo gateway serves skip under it.
import type { KeyObject } from 'node:crypto'
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { RunningHttp } from '@lienthong/kit'
import { NetworkResilience } from '@lienthong/gateway/resilience'

/** Which gateway the network runs (LT_TEST_GATEWAY): ours (Apollo Gateway), or the same network on Hive Gateway. */
export const TEST_GATEWAY: 'apollo' | 'hive' = process.env.LT_TEST_GATEWAY === 'hive' ? 'hive' : 'apollo'
/** For describe.skipIf: true on Hive Gateway, for a test of something only our Apollo gateway serves (`reason` says what). */
export const onlyApollo = (reason: string) => TEST_GATEWAY === 'hive' && reason.length > 0

/** Hive Gateway (gateway/hive, its own install) over real HTTP, with the test network's keys and rate limit. */
export async function startHiveGateway(o: {
  supergraphSdl: string
  subgraphUrls: Record<string, string>
  masterSecret: KeyObject
  jwtPublicKey: KeyObject
  rateLimit: { limit: number; windowMs: number }
}): Promise<{ http: RunningHttp; resilience: NetworkResilience }> {
  // imported by URL: the test package does not type-check gateway/hive (its own dependencies)
  const hiveModule = new URL('../../gateway/hive/src/index.ts', import.meta.url).href
  const { createHiveGateway, createRateLimiter } = (await import(hiveModule)) as HiveModule
  const rateLimiter = createRateLimiter(o.rateLimit)
  const hive = createHiveGateway({ ...o, rateLimiter, production: false })
  const server = createHttpServer(hive)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const close = async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    await hive.dispose()
    await rateLimiter.close()
  }
  return { http: { url: `http://127.0.0.1:${port}/graphql`, port, close } as RunningHttp, resilience: new NetworkResilience({}) }
}

interface HiveModule {
  createHiveGateway: (o: Record<string, unknown>) => ((req: IncomingMessage, res: ServerResponse) => void) & { dispose: () => Promise<void> }
  createRateLimiter: (o: { limit: number; windowMs: number }) => { close: () => Promise<void> }
}
