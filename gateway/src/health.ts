// /health of the gateway: itself and each subgraph's own /health.
import type { HealthReport } from '@lienthong/kit'

export async function networkHealth(subgraphUrls: Record<string, string>, timeoutMs = 2000): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      const healthUrl = new URL('/health', url)
      try {
        const res = await fetch(healthUrl, { signal: AbortSignal.timeout(timeoutMs) })
        const body = (await res.json().catch(() => ({}))) as { status?: string }
        return [name, { status: res.ok ? (body.status ?? 'ok') : 'down', url }] as const
      } catch {
        return [name, { status: 'down', url }] as const
      }
    }),
  )
  const subgraphs = Object.fromEntries(entries)
  const down = entries.filter(([, s]) => s.status !== 'ok').length
  return { status: down === 0 ? 'ok' : 'degraded', service: 'gateway', subgraphs }
}
