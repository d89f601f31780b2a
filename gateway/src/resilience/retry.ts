// Retries of a subgraph request, for queries only (a mutation is never sent twice: the first one
// may have been written): at most `retries` more attempts, after an exponential backoff with
// jitter, and only when the failure says another attempt may succeed (a connection failure or a
// 502/503/504 answer; never a timeout, an open circuit or a subgraph's own refusal).
import { setTimeout as sleep } from 'node:timers/promises'

export interface RetryPolicy {
  /** Attempts after the first (0: none). */
  retries: number
  /** Backoff before the first retry; doubles for each next one. */
  baseDelayMs: number
  /** Longest backoff. */
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 2, baseDelayMs: 100, maxDelayMs: 1000 }

/** Backoff before retry `n` (0-based): half of min(max, base·2ⁿ) plus a random part of the other half. */
export function backoffDelay(n: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** n)
  return Math.round(cap / 2 + random() * (cap / 2))
}

export interface RetryOptions {
  policy: RetryPolicy
  /** Whether an attempt's failure is worth another attempt. */
  retryable: (error: unknown) => boolean
  /** Waits between attempts (tests give one that does not wait). */
  wait?: (ms: number) => Promise<unknown>
  random?: () => number
}

export async function withRetry<T>(attempt: (n: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const wait = options.wait ?? sleep
  for (let n = 0; ; n++) {
    try {
      return await attempt(n)
    } catch (e) {
      if (n >= options.policy.retries || !options.retryable(e)) throw e
      await wait(backoffDelay(n, options.policy, options.random))
    }
  }
}
