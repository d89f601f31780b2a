// The per-token rate limit's counter, shared by every gateway replica when it lives in Redis
// (LT_REDIS_URL): `limit` operations per fixed window of `windowMs` and key (agency:sub), counted
// atomically in Redis by rate-limiter-flexible (one Lua INCR+PEXPIRE per operation), so N replicas
// hand out one budget, not N. Without a Redis URL the counter is this process's memory (development,
// a single replica).
// Redis out of reach (down, refused, too slow): the gateway keeps serving, and each replica counts
// in its own memory until Redis answers again (rate-limiter-flexible's insuranceLimiter), so the
// limit still holds per replica. Commands never wait in a queue for a connection (they fail fast
// and fall back); the outage is logged once, and its end once: no keys, no identities in the lines.
import { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { processLog, type Logger } from '@lienthong/kit'

export interface RateLimiterOptions {
  /** Operations allowed per window and key. */
  limit: number
  windowMs: number
  /** redis:// or rediss:// URL of the shared counter (LT_REDIS_URL); in memory when absent. */
  redisUrl?: string
  /** Prefix of the Redis keys (default `lt:rate`; tests give each run its own). */
  keyPrefix?: string
  /** Where the Redis outage and its end are logged (default: the process's logger). */
  logger?: Logger
}

export interface Admission {
  allowed: boolean
  /** Seconds until the key's window opens again (0 when allowed). */
  retryAfterSeconds: number
}

export interface RateLimiter {
  consume(key: string): Promise<Admission>
  /** Closes the Redis connection (nothing to do in memory). */
  close(): Promise<void>
}

/** How long a Redis command may take before the operation is counted in memory instead. */
const REDIS_COMMAND_TIMEOUT_MS = 500

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs } = options
  const keyPrefix = options.keyPrefix ?? 'lt:rate'
  // rate-limiter-flexible counts in whole seconds
  const shape = { points: limit, duration: Math.max(1, Math.ceil(windowMs / 1000)), keyPrefix }
  const memory = new RateLimiterMemory(shape)
  if (!options.redisUrl) return { consume: (key) => admit(memory, key), close: async () => undefined }

  const logger = options.logger ?? processLog()
  const redis = new Redis(options.redisUrl, {
    // fail fast instead of queueing behind a dead connection: the insurance limiter answers
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(times * 200, 5_000),
  })
  // the first operations wait for the first contact (bounded by connectTimeout) rather than count locally
  const firstContact = new Promise<void>((resolve) => {
    redis.once('ready', resolve)
    redis.once('error', () => resolve())
    redis.once('close', () => resolve())
  })
  let outage = false
  const down = (reason: string) => {
    if (outage) return
    outage = true
    logger.warn(
      { event: 'rate_limit_store_unavailable', reason },
      'Redis of the rate limit out of reach: each replica counts in its own memory until it is back',
    )
  }
  let closing = false
  redis.on('error', (e: NodeJS.ErrnoException) => down(e.code ?? e.name))
  // a connection Redis or the network closed tells no error: the outage starts all the same
  redis.on('close', () => closing || down('CONNECTION_CLOSED'))
  redis.on('ready', () => {
    if (!outage) return
    outage = false
    logger.info({ event: 'rate_limit_store_available' }, 'Redis of the rate limit reachable again: the budget is shared again')
  })
  const shared = new RateLimiterRedis({ ...shape, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: memory })
  return {
    consume: async (key) => {
      await firstContact
      return admit(shared, key)
    },
    close: async () => {
      closing = true
      redis.removeAllListeners('error')
      redis.on('error', () => undefined)
      await redis.quit().catch(() => redis.disconnect())
    },
  }
}

async function admit(limiter: RateLimiterAbstract, key: string): Promise<Admission> {
  try {
    await limiter.consume(key)
    return { allowed: true, retryAfterSeconds: 0 }
  } catch (refusal) {
    // a refusal is a RateLimiterRes; anything else escaped the insurance limiter too
    if (!(refusal instanceof RateLimiterRes)) throw refusal
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) }
  }
}
