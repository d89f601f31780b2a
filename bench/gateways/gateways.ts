// The gateways the benchmark drives, in the order of each round: each a child process started
// from launch/, with the headers every request to it carries. Our gateway runs as production
// starts it, `node gateway/dist/index.js` configured by its environment, once `npm run build` has
// made it (or BENCH_GATEWAY_ENTRY names another build); else through launch/ours.ts (the
// TypeScript source under tsx, the same options).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** BENCH_GATEWAY_ENTRY: another build of the gateway to measure (a worktree's gateway/dist/index.js). */
const COMPILED_GATEWAY = process.env.BENCH_GATEWAY_ENTRY || fileURLToPath(new URL('../../gateway/dist/index.js', import.meta.url))
/** The rate limit stays on at the most LT_RATE_LIMIT_PER_MINUTE allows: the benchmark's single token never reaches it. */
export const BENCH_RATE_LIMIT_PER_MINUTE = 100_000
export interface GatewaySpec {
  /** Short name in the tables and results. */
  id: string
  label: string
  /** Relative to bench/gateways (run through tsx), or an absolute .js file run by node. */
  file: string
  env: Record<string, string>
  /** Ready when this path answers (a gateway that does not speak launch/ready.ts's IPC). */
  readyPath?: string
  /** Our gateway needs a user's token on every request. */
  needsToken?: boolean
}

function ours(): GatewaySpec {
  const label = 'Liên Thông gateway (production)'
  if (!existsSync(COMPILED_GATEWAY)) return { id: 'ours', label: `${label}, tsx`, file: 'launch/ours.ts', env: {}, needsToken: true }
  return {
    id: 'ours',
    label: `${label}, node dist`,
    file: COMPILED_GATEWAY,
    env: { LT_RATE_LIMIT_PER_MINUTE: String(BENCH_RATE_LIMIT_PER_MINUTE), LT_EXPLORER: 'off' },
    readyPath: '/health',
    needsToken: true,
  }
}

export function gatewaySpecs(options: { hiveDedup: boolean }): GatewaySpec[] {
  const dedup: Record<string, string> = options.hiveDedup ? {} : { BENCH_HIVE_DEDUP: 'off' }
  return [
    { id: 'apollo', label: 'Apollo Gateway (vanilla)', file: 'launch/apollo.ts', env: {} },
    ours(),
    { id: 'hive', label: 'Hive Gateway (JS planner)', file: 'launch/hive.ts', env: { BENCH_HIVE_PLANNER: 'js', ...dedup } },
    { id: 'hive-rust', label: 'Hive Gateway (Rust planner)', file: 'launch/hive.ts', env: { BENCH_HIVE_PLANNER: 'rust', ...dedup } },
  ]
}
