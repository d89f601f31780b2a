// Component logic (src/__tests__) and the test in a real browser against the real network
// (test/): generous bounds, never a timing assertion.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  define: { __DEV_SIGN_IN__: 'true' },
  test: { include: ['src/__tests__/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 300_000, maxWorkers: 2, minWorkers: 1 },
})
