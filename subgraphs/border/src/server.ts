// The `border` subgraph as one definition: entry point (index.ts), tests, the network launcher and
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

/**
 * Who may read and write what here (NET-7, enforced by the kit on the schema): only the Border
 * Guard's officers and supervisors write; record-level queries are for officers and supervisors;
 * analysts, integrators and auditors reach only `borderGates` (reference data) of the root
 * queries; the Border Guard's figures reach them through `ProvincialStatistics` (owned by the
 * police) with person counts suppressed; auditors read `borderAuditLog`. The types below carry
 * persons' data: reading any of their fields needs a declared purpose and is audited under the
 * person reference (a person of an incident, a person extended here) or the repatriation's id.
 * `BorderIncident` and `CrossBorderCooperation` name no person themselves: their persons are read
 * through `IncidentInvolvement` and `Repatriation`.
 */
export const ACCESS: AccessPolicy = {
  writers: agencyIdsOf('border'),
  writersName: ['Bộ đội Biên phòng', 'the Border Guard'],
  aggregateFields: ['borderGates'],
  auditFields: ['borderAuditLog'],
  victimTypes: {
    Person: (p: { personRef: string }) => p.personRef,
    IncidentInvolvement: (i: { personRef: string }) => i.personRef,
    Repatriation: (r: { id: string }) => r.id,
  },
}

export const { createServer, createSchema, subgraph } = defineSubgraph<Context, Db>({
  name: 'border',
  dir: SUBGRAPH_DIR,
  resolvers: resolvers as GraphQLResolverMap<Context>,
  access: ACCESS,
  createPrisma: createDb,
  createContext,
  seedDemo,
  ping: (db) => db.borderIncident.count({ take: 1 }),
})
