// A subgraph's stop on SIGTERM (what an orchestrator sends) or SIGINT (Ctrl-C): no new
// connection, requests in flight finish (serveHttp's close, bounded by LT_SHUTDOWN_GRACE_MS),
// then the database client lets go and the process exits 0. A further signal changes nothing (a
// launcher's SIGTERM follows the terminal's SIGINT); a stop that itself hangs past the grace and
// a margin exits 1.
import type { RunningHttp } from './http.ts'
import { shutdownGraceMs } from './http.ts'

/** Past the grace, how long closing the database may take before the process leaves anyway. */
const DISCONNECT_MARGIN_MS = 5_000

export function stopOnSignals(service: string, http: Pick<RunningHttp, 'close'>, disconnect: () => Promise<void>): void {
  let stopping = false
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    console.log(`[${service}] ${signal}: stopping (requests in flight finish)`)
    setTimeout(() => {
      console.error(`[${service}] the stop did not finish in time: exiting`)
      process.exit(1)
    }, shutdownGraceMs() + DISCONNECT_MARGIN_MS).unref()
    try {
      await http.close()
      await disconnect()
    } catch (e) {
      console.error(`[${service}] while stopping: ${(e as Error).name}`)
    }
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
