// The gateways the benchmark drives, in the order of each round: each a child process started
// from launch/, with the headers every request to it carries.
export interface GatewaySpec {
  /** Short name in the tables and results. */
  id: string
  label: string
  file: string
  env: Record<string, string>
  /** Our gateway needs a user's token on every request. */
  needsToken?: boolean
}

export function gatewaySpecs(options: { hiveDedup: boolean }): GatewaySpec[] {
  const dedup: Record<string, string> = options.hiveDedup ? {} : { BENCH_HIVE_DEDUP: 'off' }
  return [
    { id: 'apollo', label: 'Apollo Gateway (vanilla)', file: 'launch/apollo.ts', env: {} },
    { id: 'ours', label: 'Liên Thông gateway (production)', file: 'launch/ours.ts', env: {}, needsToken: true },
    { id: 'hive', label: 'Hive Gateway (JS planner)', file: 'launch/hive.ts', env: { BENCH_HIVE_PLANNER: 'js', ...dedup } },
    { id: 'hive-rust', label: 'Hive Gateway (Rust planner)', file: 'launch/hive.ts', env: { BENCH_HIVE_PLANNER: 'rust', ...dedup } },
  ]
}
