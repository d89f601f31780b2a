// The `prosecutions` subgraph as one definition: entry point (index.ts), tests, the network launcher and
// the demo seed (createSchema: the served schema, to run operations in-process) all build it from here.
import { byId, defineSubgraph } from '@lienthong/kit'
import { resolvers } from './resolvers/index.ts'
import { createContext } from './context.ts'
import { createDb } from './db.ts'
import { seedDemo } from '../prisma/seed.ts'

export const { SUBGRAPH_DIR, createServer, createSchema, subgraph } = defineSubgraph('prosecutions', import.meta.url, {
  parts: { resolvers, createContext, createDb, seedDemo },
  ping: (db) => db.procuracyFile.count({ take: 1 }),
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
  access: {
    writersName: ['Viện kiểm sát hoặc Tòa án', 'the Procuracy or the Court'],
    aggregateFields: [],
    victimTypes: { Defendant: byId, Verdict: byId },
  },
})
