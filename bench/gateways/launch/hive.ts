// (c) Hive Gateway's runtime with its JavaScript query planner, or (d) with the Rust query
// planner of @graphql-hive/router-runtime (BENCH_HIVE_PLANNER=rust), configured as the public
// benchmark configures them: inbound in-flight request deduplication on (identical concurrent
// requests are executed once; BENCH_HIVE_DEDUP=off turns it off). Served by node:http.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime'
import { unifiedGraphHandler } from '@graphql-hive/router-runtime'
import { announceReady, launchSettings } from './ready.ts'

const { supergraphPath, port } = launchSettings()
const rust = process.env.BENCH_HIVE_PLANNER === 'rust'
const gateway = createGatewayRuntime({
  supergraph: readFileSync(supergraphPath, 'utf8'),
  inboundInflightRequestDeduplication: process.env.BENCH_HIVE_DEDUP !== 'off',
  ...(rust ? { unifiedGraphHandler } : {}),
})
const server = createServer(gateway)
await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
announceReady(`http://127.0.0.1:${port}/graphql`)
