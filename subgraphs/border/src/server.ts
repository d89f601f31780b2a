// The `border` subgraph as one definition: entry point (index.ts), tests, the network launcher and
// the demo seed (createSchema: the served schema, to run operations in-process) all build it from here.
import { byId, byPersonRef, defineSubgraph } from '@lienthong/kit'
import { resolvers } from './resolvers/index.ts'
import { createContext } from './context.ts'
import { createDb } from './db.ts'
import { seedDemo } from '../prisma/seed.ts'

export const { SUBGRAPH_DIR, createServer, createSchema, subgraph } = defineSubgraph('border', import.meta.url, {
  parts: { resolvers, createContext, createDb, seedDemo },
  ping: (db) => db.borderIncident.count({ take: 1 }),
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
  access: {
    writersName: ['Bộ đội Biên phòng', 'the Border Guard'],
    aggregateFields: ['borderGates'],
    victimTypes: { Person: byPersonRef, IncidentInvolvement: byPersonRef, Repatriation: byId },
  },
})
