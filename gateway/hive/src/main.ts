// `npm start` in gateway/hive: the network on Hive Gateway, configured from the same environment
// as our Apollo gateway (gateway/src/config.ts: GATEWAY_PORT, LT_SUPERGRAPH, <SUBGRAPH>_URL,
// LT_JWT_PUBLIC_KEY, LT_SUBGRAPH_MASTER_SECRET, LT_RATE_LIMIT_PER_MINUTE, LT_MAX_TOKEN_LIFETIME).
import { createServer } from 'node:http'
import { gatewayConfig } from '../../src/config.ts'
import { createRateLimiter } from '../../src/rateLimit/limiter.ts'
import { createHiveGateway } from './runtime.ts'

const config = gatewayConfig()
const hive = createHiveGateway({
  supergraphSdl: config.supergraphSdl,
  subgraphUrls: config.subgraphUrls,
  masterSecret: config.signingKey,
  jwtPublicKey: config.jwtPublicKey,
  maxTokenLifetimeSeconds: config.maxTokenLifetimeSeconds,
  rateLimiter: createRateLimiter(config.rateLimit), // Redis when LT_REDIS_URL is set: one budget with every other gateway replica
  rateLimit: config.rateLimit,
  production: config.production,
})
const server = createServer(hive)
server.listen(config.port, config.host, () => console.log(`[gateway-hive] ready at http://${config.host}:${config.port}/graphql`))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close(() => void hive.dispose()))
