// The `support` subgraph as one definition: entry point (index.ts), tests, the network launcher and
// the demo seed (createSchema: the served schema, to run operations in-process) all build it from here.
import { fileURLToPath } from 'node:url'
import { agencyIdsOf } from '@lienthong/schema'
import { defineSubgraph, type AccessPolicy } from '@lienthong/kit'
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js'
import { resolvers } from './resolvers/index.ts'
import { createContext, type Context } from './context.ts'
import { createDb, type Db } from './db.ts'
import { seedDemo } from '../prisma/seed.ts'
import { ANSWERING_AGENCIES } from './domain/referralParties.ts'

/** Folder of this subgraph (schema.graphql, prisma/). */
export const SUBGRAPH_DIR = fileURLToPath(new URL('..', import.meta.url))

const byId = (record: { id: string }) => record.id

/**
 * Who may read and write what here (NET-7, enforced by the kit on the schema): only Social
 * Affairs' officers and supervisors write, except that those of the police and the border guard answer
 * the referrals made to them (`changeSupportReferralStatus`, each change checked by
 * `referralParties.ts`); record-level queries are for officers and supervisors
 * with a declared purpose; analysts and integrators reach no root query of this subgraph (Social
 * Affairs' figures reach them through `ProvincialStatistics`, owned by the police, with person
 * counts suppressed); auditors read `supportAuditLog`. Every type below carries a supported
 * person's data: reading it needs a purpose and is audited under the record's id.
 * `Person.supportCases` is guarded through `SupportCase`; screening and needs assessment are read
 * through `SupportCase.screening` / `needsAssessment`, audited under the case.
 */
export const ACCESS: AccessPolicy = {
  writers: agencyIdsOf('support'),
  // the police and the border guard answer referrals made to them (referralParties.ts decides which)
  sharedMutations: { changeSupportReferralStatus: ANSWERING_AGENCIES },
  writersName: ['Sở Lao động - Thương binh và Xã hội', 'Social Affairs'],
  aggregateFields: [],
  auditFields: ['supportAuditLog'],
  victimTypes: {
    SupportCase: byId,
    SupportService: byId,
    SupportReferral: byId,
    ReintegrationFollowUp: byId,
    HotlineContact: byId,
  },
}

export const { createServer, createSchema, subgraph } = defineSubgraph<Context, Db>({
  name: 'support',
  dir: SUBGRAPH_DIR,
  resolvers: resolvers as GraphQLResolverMap<Context>,
  access: ACCESS,
  createPrisma: createDb,
  createContext,
  seedDemo,
  ping: (db) => db.supportCase.count({ take: 1 }),
})
