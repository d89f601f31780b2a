// A subgraph as deployed (its entry file, a real child process) told to stop by SIGTERM, as an
// orchestrator does: it stops taking requests, lets go of its database and exits with code 0.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { createTestDatabase, testProviders } from '@lienthong/kit/testing'
import { subgraph as border } from '@lienthong/border'
import { onlyApollo } from '../network.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const scratch = mkdtempSync(path.join(tmpdir(), 'lienthong-stop-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Migrating and starting on a busy 2-core machine takes a while: a generous bound, not a timing. */
const LIMIT_MS = 180_000

describe.skipIf(onlyApollo('a subgraph process alone, no gateway: runs once, under our gateway')).each(await testProviders())(
  'a subgraph process on %s',
  (provider) => {
    it(
      'exits with code 0 on SIGTERM, its health answered until then',
      async () => {
        await using database = await createTestDatabase(border.dir, provider)
        const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/border/src/index.ts'], {
          cwd: root,
          env: {
            ...process.env,
            DB_PROVIDER: provider,
            BORDER_DATABASE_URL: database.db.url,
            BORDER_PORT: '0',
            LT_KEYS_DIR: path.join(scratch, 'keys'),
            LT_SEED_DEMO: '0',
            LT_LOG_LEVEL: 'silent',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        let stdout = ''
        let stderr = ''
        child.stderr.on('data', (d) => {
          stderr += d
        })
        const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
        const url = await new Promise<string>((resolve, reject) => {
          child.stdout.on('data', (d) => {
            stdout += d
            const ready = /ready at (http:\/\/\S+)\/graphql/.exec(stdout)
            if (ready) resolve(ready[1]!)
          })
          void exited.then((code) => reject(new Error(`exited with ${code} before it was ready: ${stderr}`)))
        })
        const health = await fetch(`${url}/health`)
        expect(health.status).toBe(200)
        expect(await health.json()).toEqual({ status: 'ok', service: 'border', database: 'up' })
        child.kill('SIGTERM')
        expect(await exited).toBe(0)
        expect(stderr).not.toMatch(/✖|Error/)
        expect(stdout).toContain('[border] SIGTERM: stopping')
      },
      LIMIT_MS,
    )
  },
)
