// One load of a gateway with autocannon: `connections` clients sending the benchmark query back
// to back, for a warm-up then a measured window in one continuous run (a slow gateway's requests
// in flight at the end of a separate warm-up would otherwise be worked on, uncounted, in the
// measured window). Only answers completed inside the window count: HTTP status, latency, and
// GraphQL errors in the body.
import autocannon from 'autocannon'

export interface LoadResult {
  seconds: number
  requests: number
  rps: number
  p50Ms: number
  p99Ms: number
  /** Connection errors and timeouts. */
  errors: number
  non2xx: number
  /** 2xx answers whose body carries GraphQL errors. */
  graphqlErrors: number
}

export interface LoadOptions {
  url: string
  body: string
  headers: Record<string, string>
  connections: number
  warmupSeconds: number
  seconds: number
  /** Called when the measured window opens and when it closes (the caller reads /proc there). */
  onWindowStart: () => void
  onWindowEnd: () => void
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN

export async function load(options: LoadOptions): Promise<LoadResult> {
  let measuring = false
  let startedAt = 0
  const latencies: number[] = []
  let non2xx = 0
  let errors = 0
  let graphqlErrors = 0
  // the instance is both an event emitter and a promise of the result (@types/autocannon names only one)
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.warmupSeconds + options.seconds,
    // a slow gateway under 50 connections answers in seconds: a timeout would hide its figures
    timeout: 60,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: options.body,
    requests: [
      {
        onResponse: (status: number, responseBody: string) => {
          if (measuring && status >= 200 && status < 300 && responseBody.includes('"errors"')) graphqlErrors++
        },
      },
    ],
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>
  instance.on('response', (_client, status, _bytes, responseTime) => {
    if (!measuring) return
    latencies.push(responseTime)
    if (status < 200 || status >= 300) non2xx++
  })
  instance.on('reqError', () => {
    if (measuring) errors++
  })
  const opening = setTimeout(() => {
    options.onWindowStart()
    startedAt = performance.now()
    measuring = true
  }, options.warmupSeconds * 1000)
  await instance
  measuring = false
  clearTimeout(opening)
  options.onWindowEnd()
  const seconds = (performance.now() - startedAt) / 1000
  latencies.sort((a, b) => a - b)
  return {
    seconds,
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    errors,
    non2xx,
    graphqlErrors,
  }
}
