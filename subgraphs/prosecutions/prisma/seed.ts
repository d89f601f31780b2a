// Demo seed of the `prosecutions` subgraph: the procuracy's and the court's records on the demo
// police cases (prisma/demoPlan.ts). Idempotent (skips when the demo files are there), one
// transaction, createMany per table. `npm run seed` or LT_SEED_DEMO=1 at start.
import { runSeed, seedSubgraphReports } from '@lienthong/kit'
import { createDb, type Db } from '../src/db.ts'
import { createContext } from '../src/context.ts'
import { demoPlan } from './demoPlan.ts'

export async function seedDemo(db: Db, networkKey: string): Promise<Record<string, number>> {
  const plan = demoPlan(networkKey)
  const counts = Object.fromEntries(Object.entries(plan).map(([k, rows]) => [k, rows.length]))
  const present = await db.procuracyFile.count({ where: { externalRef: { in: plan.files.map((f) => f.externalRef) } } })
  if (present > 0) return { ...counts, periodicReports: await seedReports(db, networkKey) }
  await db.$transaction(
    async (tx) => {
      await tx.procuracyFile.createMany({ data: plan.files })
      await tx.procuracyStatusChange.createMany({ data: plan.procuracyChanges })
      await tx.defendant.createMany({ data: plan.defendants })
      await tx.indictment.createMany({ data: plan.indictments })
      await tx.charge.createMany({ data: plan.charges })
      await tx.courtFile.createMany({ data: plan.courtFiles })
      await tx.courtStatusChange.createMany({ data: plan.courtChanges })
      await tx.verdict.createMany({ data: plan.verdicts })
      await tx.appeal.createMany({ data: plan.appeals })
    },
    { timeout: 60_000, maxWait: 20_000 },
  )
  return { ...counts, periodicReports: await seedReports(db, networkKey) }
}

/** The demo's periodic reports, frozen from the data above through the served schema (kit: define.ts). */
const seedReports = (db: Db, networkKey: string) =>
  seedSubgraphReports(db, networkKey, { name: 'prosecutions', createContext, schema: async () => (await import('../src/server.ts')).createSchema() })

if (import.meta.url === `file://${process.argv[1]}`) await runSeed('prosecutions', createDb, seedDemo)
