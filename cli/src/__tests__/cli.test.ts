// The lienthong binary as a user runs it: every command's help in Vietnamese and English, one
// bilingual line and a non-zero exit code for every failure, development tokens the gateway's
// verification accepts, composition checked against the committed files, and audit verification
// of a fresh database.
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import { devKeyPair, verifyToken } from '@lienthong/kit/identity'
import { createTestDatabase, testProviders } from '@lienthong/kit/testing'
import { subgraphDir } from '@lienthong/schema'
import { program } from '../main.ts'

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url))
const BIN = path.join(REPOSITORY, 'cli/bin/lienthong.js')
const KEYS = { LT_KEYS_DIR: mkdtempSync(path.join(tmpdir(), 'lt-cli-keys-')) }
/** Vietnamese letters with their diacritics (the Vietnamese half of a text is there). */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i

const lienthong = (args: string[], env: Record<string, string | undefined> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: REPOSITORY, encoding: 'utf8', env: { ...process.env, ...KEYS, ...env }, timeout: 120_000 })

/** Every command's words, from the root: [] for lienthong itself, ['export', 'report'], … */
function commandPaths(cmd: Command, at: string[] = []): { path: string[]; cmd: Command }[] {
  return [{ path: at, cmd }, ...cmd.commands.flatMap((c) => commandPaths(c, [...at, c.name()]))]
}
/** A "Vietnamese — English" text: both halves present, Vietnamese first. */
const isBilingual = (text: string) => {
  const [vi, en] = text.split(' — ')
  return VIETNAMESE.test(vi ?? '') && /[a-z]{3}/i.test(en ?? '')
}

describe('lienthong --help', () => {
  const commands = commandPaths(program())

  it('has the commands the npm scripts run', () => {
    const names = commands.map((c) => c.path.join(' '))
    for (const name of ['token', 'compose', 'audit verify', 'export report']) expect(names).toContain(name)
  })

  it.each(commands.map((c) => [c.path.join(' ') || '(lienthong)', c] as const))('%s: every description and option in Vietnamese and English', (_, c) => {
    const { status, stdout } = lienthong([...c.path, '--help'])
    expect(status).toBe(0)
    expect(isBilingual(c.cmd.description()), c.cmd.description()).toBe(true)
    expect(stdout).toContain('Cách dùng — Usage:')
    const normalized = stdout.replace(/\s+/g, ' ')
    expect(normalized).toContain(c.cmd.description())
    for (const o of c.cmd.options) {
      expect(isBilingual(o.description), `${o.flags}: ${o.description}`).toBe(true)
      expect(normalized).toContain(o.description)
    }
  })
})

describe('lienthong failures', () => {
  it('an unknown option: one bilingual line, exit code 1', () => {
    const r = lienthong(['token', '--agnecy', 'police'])
    expect(r.status).toBe(1)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/^✖ tuỳ chọn không xác định '--agnecy'.* — unknown option '--agnecy'/)
  })

  it('an unknown command: one bilingual line, exit code 1', () => {
    const r = lienthong(['exprot'])
    expect(r.status).toBe(1)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/^✖ lệnh không xác định 'exprot'.* — unknown command 'exprot'/)
  })
})

describe('lienthong token', () => {
  it("prints a JWT the gateway's verification accepts, for the identity asked for", async () => {
    const r = lienthong(['token', '--agency', 'police', '--role', 'officer', '--unit', '99', '--hours', '2'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const identity = await verifyToken(r.stdout.trim(), devKeyPair('jwt', KEYS).publicKey)
    expect(identity).toMatchObject({ sub: 'dev-police-officer', agency: 'police', role: 'officer', unit: '99' })
  })

  it('refuses a bad role in one bilingual line naming the option, exit code 1', () => {
    const r = lienthong(['token', '--agency', 'police', '--role', 'chief'])
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/^✖ --role: vai trò không hợp lệ — --role: role must be one of officer, /)
  })

  it('refuses a token living longer than 12 hours, and any token in production', () => {
    const long = lienthong(['token', '--agency', 'police', '--role', 'officer', '--hours', '13'])
    expect(long.status).toBe(1)
    expect(long.stderr).toMatch(/^✖ --hours: tối đa 12 giờ .* — --hours: at most 12 /)
    const production = lienthong(['token', '--agency', 'police', '--role', 'officer'], { NODE_ENV: 'production' })
    expect(production.status).toBe(1)
    expect(production.stderr).toMatch(/— lienthong token issues development tokens only/)
  })
})

describe('lienthong compose', () => {
  it('--check: the committed schema files are what composition gives now, and nothing is written', () => {
    const r = lienthong(['compose', '--check'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/ — the composed schema matches the committed files \(\d+ accepted hint\(s\)\)/)
  })
})

describe.each(await testProviders())('lienthong audit verify (%s)', (provider) => {
  it('a fresh, migrated database: an intact empty chain, exit code 0', async () => {
    await using database = await createTestDatabase(subgraphDir('cases'), provider)
    const r = lienthong(['audit', 'verify', '--subgraph', 'cases'], { DB_PROVIDER: provider, CASES_DATABASE_URL: database.db.url })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout.trim()).toMatch(/^✔ cases: 0 mục nguyên vẹn, đầu chuỗi [0-9a-f]{64} — 0 entries intact, head [0-9a-f]{64}$/)
  }, 120_000)

  it('an unknown subgraph: one bilingual line, exit code 2', () => {
    const r = lienthong(['audit', 'verify', '--subgraph', 'police'], { DB_PROVIDER: provider })
    expect(r.status).toBe(2)
    expect(r.stderr.trim()).toBe(
      '✖ --subgraph: không có phân hệ "police" (một trong cases, prosecutions, support, border) — --subgraph: unknown subgraph "police" (one of cases, prosecutions, support, border)',
    )
  })
})
