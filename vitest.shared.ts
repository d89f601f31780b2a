// The one vitest configuration of every package (each package's vitest.config.ts re-exports it).
// Tests talk to real databases and real HTTP servers: generous hook and test bounds (never a
// timing assertion), and two test files at a time — vitest would run one on a 2-core machine,
// leaving the CPU idle while a file waits on PostgreSQL or on its own servers. Request logs are
// silent unless LT_LOG_LEVEL says otherwise (a test that reads them gives its own logger).
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 180_000, maxWorkers: 2, minWorkers: 1, env: { LT_LOG_LEVEL: process.env.LT_LOG_LEVEL ?? 'silent' } },
})
