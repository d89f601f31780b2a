// Generated code must match its sources: resolver types from each schema.graphql, and each
// PostgreSQL Prisma schema from its SQLite twin.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderResolverTypes, resolverTypesPath } from '@lienthong/kit/codegen'
import { postgresqlSchemaFrom } from '../../../subgraphs/kit/src/prisma/syncSchemas.ts'
import { codegenOptions as cases } from '@lienthong/cases/codegen'
import { codegenOptions as prosecutions } from '@lienthong/prosecutions/codegen'
import { codegenOptions as support } from '@lienthong/support/codegen'
import { codegenOptions as border } from '@lienthong/border/codegen'

describe.each(Object.entries({ cases, prosecutions, support, border }))('generated code of %s', (_name, options) => {
  it('src/resolvers/types.ts is current (run npm run codegen when this fails)', async () => {
    expect(readFileSync(resolverTypesPath(options.dir), 'utf8')).toBe(await renderResolverTypes(options))
  })

  it('prisma/postgresql/schema.prisma is generated from prisma/sqlite/schema.prisma', () => {
    const sqlite = readFileSync(path.join(options.dir, 'prisma', 'sqlite', 'schema.prisma'), 'utf8')
    expect(readFileSync(path.join(options.dir, 'prisma', 'postgresql', 'schema.prisma'), 'utf8')).toBe(postgresqlSchemaFrom(sqlite))
  })
})
