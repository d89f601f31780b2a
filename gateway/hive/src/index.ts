// The Hive Gateway configuration as a library (tests start it in-process): the runtime, and the
// in-memory stand-in of the shared rate limiter. `npm start` runs ./main.ts.
export { createHiveGateway, withSubgraphUrls, type HiveGatewayOptions } from './runtime.ts'
export { createRateLimiter, type RateLimiter } from '../../src/rateLimit/limiter.ts'
