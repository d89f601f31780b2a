// Demo seed of the `border` subgraph, derived from the shared demo world (same incident ids,
// person references, police cases and support cases as the other agencies) with the Border
// Guard's own deterministic additions. Idempotent: only records whose reference is missing are
// written, in one transaction.
import { demoWorld, Random, piiKey, runSeed, seedSubgraphReports } from '@lienthong/kit'
import { createDb, type Db } from '../src/db.ts'
import { createContext } from '../src/context.ts'
import { demoIncidents } from './demo/incidents.ts'
import { demoRepatriations } from './demo/repatriations.ts'
import { demoCooperationHistory, demoCooperations } from './demo/cooperations.ts'

/** The Border Guard's own seed for its additions to the shared world. */
export const BORDER_DEMO_SEED = 5_2021

/** `digestKey`: the field key the subgraph runs with (its input digests are keyed with it). */
export function borderDemo(networkKey: string, digestKey = piiKey()) {
  const world = demoWorld(networkKey)
  const r = new Random(BORDER_DEMO_SEED)
  const incidents = demoIncidents(world, r, digestKey)
  const repatriations = demoRepatriations(world, r, digestKey)
  const cooperations = demoCooperations(incidents.incidents, repatriations.repatriations, r, digestKey)
  return { incidents, repatriations, cooperations }
}

export async function seedDemo(db: Db, networkKey: string) {
  const demo = borderDemo(networkKey)
  const counts = {
    borderIncidents: demo.incidents.incidents.length,
    repatriations: demo.repatriations.repatriations.length,
    cooperations: demo.cooperations.length,
  }
  await db.$transaction(
    async (tx) => {
      const have = async (find: () => Promise<{ externalRef: string }[]>) => new Set((await find()).map((x) => x.externalRef))
      const incidents = await have(() => tx.borderIncident.findMany({ select: { externalRef: true } }))
      const newIncidents = demo.incidents.incidents.filter((i) => !incidents.has(i.externalRef))
      const newIncidentIds = new Set(newIncidents.map((i) => i.id))
      await tx.borderIncident.createMany({ data: newIncidents })
      await tx.incidentPerson.createMany({ data: demo.incidents.persons.filter((p) => newIncidentIds.has(p.incidentId)) })
      const repatriations = await have(() => tx.repatriation.findMany({ select: { externalRef: true } }))
      const newRepatriations = demo.repatriations.repatriations.filter((x) => !repatriations.has(x.externalRef))
      const newRepatriationIds = new Set(newRepatriations.map((x) => x.id))
      await tx.repatriation.createMany({ data: newRepatriations })
      await tx.repatriationPerson.createMany({ data: demo.repatriations.persons.filter((p) => newRepatriationIds.has(p.repatriationId)) })
      const cooperations = await have(() => tx.crossBorderCooperation.findMany({ select: { externalRef: true } }))
      const newCooperations = demo.cooperations.filter((c) => !cooperations.has(c.externalRef))
      await tx.crossBorderCooperation.createMany({ data: newCooperations })
      await tx.cooperationStatusChange.createMany({ data: demoCooperationHistory(newCooperations) })
    },
    { timeout: 60_000, maxWait: 20_000 },
  )
  return { ...counts, periodicReports: await seedReports(db, networkKey) }
}

/** The demo's periodic reports, frozen from the data above through the served schema (kit: define.ts). */
const seedReports = (db: Db, networkKey: string) =>
  seedSubgraphReports(db, networkKey, { name: 'border', createContext, schema: async () => (await import('../src/server.ts')).createSchema() })

if (import.meta.url === `file://${process.argv[1]}`) await runSeed('border', createDb, seedDemo)
