// A stand-in for the network's shared rate limiter (gateway/src/rateLimit/limiter.ts, Redis when
// several replicas run): the same interface, a sliding window kept in this process's memory.
// The Hive configuration takes any limiter of this shape.

export interface RateLimiter {
  /** One operation for `key`: allowed, or refused with the seconds until one is allowed again. */
  consume(key: string): Promise<{ allowed: boolean; retryAfterSeconds: number }>
  close(): Promise<void>
}

export function createMemoryRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }): RateLimiter {
  const calls = new Map<string, number[]>()
  return {
    async consume(key) {
      const now = Date.now()
      const recent = (calls.get(key) ?? []).filter((t) => t > now - windowMs)
      if (recent.length >= limit) {
        calls.set(key, recent)
        return { allowed: false, retryAfterSeconds: Math.ceil((recent[0]! + windowMs - now) / 1000) }
      }
      recent.push(now)
      calls.set(key, recent)
      if (calls.size > 10_000) for (const [k, v] of calls) if (!v.some((t) => t > now - windowMs)) calls.delete(k)
      return { allowed: true, retryAfterSeconds: 0 }
    },
    async close() {
      calls.clear()
    },
  }
}
