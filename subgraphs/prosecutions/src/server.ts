// The `prosecutions` subgraph as one definition: entry point (index.ts), tests, the network launcher and
// the demo seed (createSchema: the served schema, to run operations in-process) all build it from here.
import { fileURLToPath } from 'node:url'
import { agencyIdsOf } from '@lienthong/schema'
import { defineSubgraph, type AccessPolicy } from '@lienthong/kit'
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js'
import { resolvers } from './resolvers/index.ts'
import { createContext, type Context } from './context.ts'
import { createDb, type Db } from './db.ts'
import { seedDemo } from '../prisma/seed.ts'

/** Folder of this subgraph (schema.graphql, prisma/). */
export const SUBGRAPH_DIR = fileURLToPath(new URL('..', import.meta.url))

const byId = (record: { id: string }) => record.id

/**
 * Who may read and write what here (NET-7, enforced by the kit on the schema): only officers and
 * supervisors of the Procuracy and the Court write (and each office only its own records:
 * src/domain/office.ts); record-level queries are for officers and supervisors; analysts and
 * integrators reach no root query of this subgraph (the Procuracy's and the Court's figures reach
 * them through `ProvincialStatistics`, owned by the police, with person counts suppressed);
 * auditors read `prosecutionsAuditLog`. `Defendant` and `Verdict` carry what the justice system
 * holds about an accused person: reading them needs a declared purpose and is audited under the
 * record's id, as is every defendant or verdict a mutation writes.
 */
export const ACCESS: AccessPolicy = {
  writers: agencyIdsOf('prosecutions'),
  writersName: ['Viện kiểm sát hoặc Tòa án', 'the Procuracy or the Court'],
  aggregateFields: [],
  auditFields: ['prosecutionsAuditLog'],
  victimTypes: { Defendant: byId, Verdict: byId },
}

export const { createServer, createSchema, subgraph } = defineSubgraph<Context, Db>({
  name: 'prosecutions',
  dir: SUBGRAPH_DIR,
  resolvers: resolvers as GraphQLResolverMap<Context>,
  access: ACCESS,
  createPrisma: createDb,
  createContext,
  seedDemo,
  ping: (db) => db.procuracyFile.count({ take: 1 }),
})
