// Demo seed of the `support` subgraph: persons received by Social Affairs, some shared with the
// police and the border guard, some known only here, with their services, referrals, follow-ups
// and the hotline contacts. One transaction; idempotent (writes only what is missing).
import { piiKey, runSeed, seedSubgraphReports } from '@lienthong/kit'
import { createDb, type Db } from '../src/db.ts'
import { createContext } from '../src/context.ts'
import { supportDemoPlan } from './demoPlan.ts'

export async function seedDemo(db: Db, networkKey: string) {
  const plan = supportDemoPlan(networkKey, piiKey())
  const missing = async <T extends { externalRef: string }>(rows: T[], existing: (refs: string[]) => Promise<{ externalRef: string }[]>) => {
    const have = new Set((await existing(rows.map((x) => x.externalRef))).map((x) => x.externalRef))
    return rows.filter((x) => !have.has(x.externalRef))
  }
  const refs = (refs: string[]) => ({ where: { externalRef: { in: refs } }, select: { externalRef: true } })
  await db.$transaction(
    async (tx) => {
      await tx.supportCase.createMany({ data: await missing(plan.cases, (r) => tx.supportCase.findMany(refs(r))) })
      await tx.supportService.createMany({ data: await missing(plan.services, (r) => tx.supportService.findMany(refs(r))) })
      await tx.supportReferral.createMany({ data: await missing(plan.referrals, (r) => tx.supportReferral.findMany(refs(r))) })
      await tx.reintegrationFollowUp.createMany({ data: await missing(plan.followUps, (r) => tx.reintegrationFollowUp.findMany(refs(r))) })
      await tx.hotlineContact.createMany({ data: await missing(plan.hotlineContacts, (r) => tx.hotlineContact.findMany(refs(r))) })
    },
    { timeout: 60_000, maxWait: 20_000 },
  )
  return {
    periodicReports: await seedReports(db, networkKey),
    supportCases: plan.cases.length,
    services: plan.services.length,
    referrals: plan.referrals.length,
    followUps: plan.followUps.length,
    hotlineContacts: plan.hotlineContacts.length,
  }
}

/** The demo's periodic reports, frozen from the data above through the served schema (kit: define.ts). */
const seedReports = (db: Db, networkKey: string) =>
  seedSubgraphReports(db, networkKey, { name: 'support', createContext, schema: async () => (await import('../src/server.ts')).createSchema() })

if (import.meta.url === `file://${process.argv[1]}`) await runSeed('support', createDb, seedDemo)
