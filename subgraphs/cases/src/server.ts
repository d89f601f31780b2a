// The `cases` subgraph as one definition: entry point (index.ts), tests, the network launcher and
// the demo seed (createSchema: the served schema, to run operations in-process) all build it from here.
import { byPersonRef, defineSubgraph } from '@lienthong/kit'
import { STEERING_COMMITTEE } from '@lienthong/schema'
import { resolvers } from './resolvers/index.ts'
import { createContext } from './context.ts'
import { createDb } from './db.ts'
import { seedDemo } from '../prisma/seed.ts'

export const { SUBGRAPH_DIR, createServer, createSchema, subgraph } = defineSubgraph('cases', import.meta.url, {
  parts: { resolvers, createContext, createDb, seedDemo },
  ping: (db) => db.person.count({ take: 1 }),
  /**
   * Who may read and write what here (NET-7, enforced by the kit on the schema): only the Provincial
   * Police's officers and supervisors write; record-level queries are for officers and supervisors
   * with a declared purpose; analysts, integrators and auditors reach only the provincial statistics
   * and the reporting compliance (person counts suppressed for analysts and integrators), auditors
   * also `policeAuditLog`. Every read of a `PoliceVictim` or `Person` field (the police record of a
   * person: sex, birth year, citizenship, cases) needs a purpose and is audited under the person
   * reference, and so does every field leading to them (`policeVictims` with its cursors, count and
   * filters, `person`, `CriminalCase.victims`, `CaseSuspect.person`, …); the personal fields are
   * further limited to the police within their unit scope (resolvers/PoliceVictim.ts). The HTCDS
   * release (`htcdsRelease`: pseudonymous, k-anonymous victim microdata for publication) is for
   * the steering committee's supervisors only, declaring the purpose data_quality (docs/htcds.md).
   */
  access: {
    writersName: ['Công an tỉnh', 'the Provincial Police'],
    aggregateFields: ['provincialStatistics', 'reportingCompliance'],
    victimTypes: { PoliceVictim: byPersonRef, Person: byPersonRef },
    releaseFields: {
      htcdsRelease: {
        agency: STEERING_COMMITTEE,
        role: 'supervisor',
        purposes: ['data_quality'],
        name: ['lãnh đạo Ban Chỉ đạo 138', 'supervisors of the steering committee'],
      },
    },
  },
})
