import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { GraphQLError } from 'graphql'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseInput, problemsOf, reason } from '../errors.ts'
import { ExternalRefSchema } from '../validation.ts'
import { migrationFailure } from '../prisma/migrate.ts'

describe('typed input errors', () => {
  const Input = z.object({ externalRef: z.string().min(3), birthYear: z.number().int().max(2026, 'năm sinh trong tương lai / birth year is in the future') })

  it('names every bad field in Vietnamese and English, with code BAD_USER_INPUT', () => {
    let error: GraphQLError | undefined
    try {
      parseInput(Input, { externalRef: 'x', birthYear: 2090 }, ['input'])
    } catch (e) {
      error = e as GraphQLError
    }
    expect(error).toBeInstanceOf(GraphQLError)
    expect(error!.extensions.code).toBe('BAD_USER_INPUT')
    expect(error!.extensions.field).toBe('input.externalRef')
    expect(error!.extensions.problems).toEqual([
      { field: 'input.externalRef', reasonVi: 'giá trị quá nhỏ hoặc quá ngắn', reasonEn: expect.stringMatching(/>=3 characters/) },
      { field: 'input.birthYear', reasonVi: 'năm sinh trong tương lai', reasonEn: 'birth year is in the future' },
    ])
  })

  it('never echoes the submitted value', () => {
    expect.assertions(3)
    try {
      parseInput(Input, { externalRef: 'NGUYEN VAN A 0123456789', birthYear: 2090 })
    } catch (e) {
      expect((e as Error).message).not.toContain('NGUYEN')
      expect((e as Error).message).not.toContain('2090')
      expect(JSON.stringify((e as GraphQLError).extensions)).not.toContain('2090')
    }
  })
})

describe('bilingual reasons', () => {
  it('keep Vietnamese and English apart when the reason itself contains " / "', () => {
    const Ref = z.string().regex(/^[a-z./-]+$/, reason('chỉ gồm chữ thường và . / -', 'lower-case letters and . / - only'))
    let error: GraphQLError | undefined
    try {
      parseInput(z.object({ ref: Ref }), { ref: 'A#' }, ['input'])
    } catch (e) {
      error = e as GraphQLError
    }
    expect(error!.extensions.problems).toEqual([{ field: 'input.ref', reasonVi: 'chỉ gồm chữ thường và . / -', reasonEn: 'lower-case letters and . / - only' }])
  })

  it('the agency reference of every subgraph says both halves', () => {
    const r = ExternalRefSchema.safeParse('#bad')
    expect(problemsOf(r.error!)).toEqual([
      { field: '(input)', reasonVi: 'mã tham chiếu chỉ gồm chữ, số và . _ / -', reasonEn: 'letters, digits and . _ / - only' },
    ])
  })

  it('no fixed message in the source is written "vi / en" with a third " / " outside reason()', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url))
    const offenders: string[] = []
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name)
        if (entry.isDirectory()) {
          if (!['node_modules', 'generated', '__tests__'].includes(entry.name)) walk(p)
        } else if (p.endsWith('.ts')) {
          for (const [i, line] of readFileSync(p, 'utf8').split('\n').entries()) {
            for (const m of line.matchAll(/'((?:[^'\\]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
              const text = m[1] ?? m[2] ?? ''
              if (!text.includes('${') && text.split(' / ').length > 2 && !/reason\(\s*$/.test(line.slice(0, m.index)))
                offenders.push(`${path.relative(root, p)}:${i + 1}`)
            }
          }
        }
      }
    }
    for (const name of readdirSync(root)) if (existsSync(path.join(root, name, 'src'))) walk(path.join(root, name, 'src'))
    walk(path.join(root, '../schema/src'))
    expect(offenders).toEqual([])
  })
})

describe('a failed migration is one line naming the migration and the cause', () => {
  it.each([
    [
      'Error: SQLITE_ERROR: table "Person" already exists\n   0: sql_schema_connector::apply_migration::apply_script\n           with migration_name="20261122020135_init"',
      'migration 20261122020135_init failed: SQLITE_ERROR: table "Person" already exists (CASES_DATABASE_URL)',
    ],
    [
      '4 migrations found\n\nError: P3005\n\nThe database schema is not empty. Read more about how to baseline an existing production database: https://pris.ly/d/migrate-baseline',
      'migrate deploy failed: P3005 The database schema is not empty. (CASES_DATABASE_URL)',
    ],
    [
      'Error: P3009\n\nmigrate found failed migrations in the target database, new migrations will not be applied. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\nThe `20261122020135_init` migration started at 2026-12-01 16:31:30.704 UTC failed',
      'migration 20261122020135_init failed: P3009 migrate found failed migrations in the target database, new migrations will not be applied. (CASES_DATABASE_URL)',
    ],
  ])('%#', (output, line) => {
    expect(migrationFailure(output, 'Command failed', { variable: 'CASES_DATABASE_URL' })).toBe(line)
  })
})
