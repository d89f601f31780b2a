// npm start -w @lienthong/dashboard: builds the dashboard if needed and serves it alone, against
// the gateway at GATEWAY_URL (default http://127.0.0.1:4000/graphql). `npm start` at the root
// starts it with the rest of the network.
import { DASHBOARD_DEFAULT_PORT } from '@lienthong/schema'
import { ensureBuilt } from './build.ts'
import { dashboardServerOptions } from './options.ts'
import { serveDashboard } from './serve.ts'

try {
  ensureBuilt((l) => console.log(l))
  const dashboard = await serveDashboard(dashboardServerOptions(process.env, process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql'))
  console.log(`[dashboard] ready at ${dashboard.url} (port ${dashboard.port}; default ${DASHBOARD_DEFAULT_PORT})`)
  const stop = async () => {
    await dashboard.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (e) {
  console.error(`✖ dashboard: ${(e as Error).message}`)
  process.exit(1)
}
