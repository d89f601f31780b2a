// Demo seed of the `cases` subgraph: the police's slice of the shared demo world (prisma/demo.ts).
// Idempotent: inserts only what is missing (by the agencies' own references), in one
// transaction; `npm run seed` or LT_SEED_DEMO=1 at start. Personal fields are sealed with the
// personal-data key of the environment (the same key the running subgraph reads).
import { FieldCipher, piiKey, runSeed, seedSubgraphReports } from '@lienthong/kit'
import { createDb, type Db } from '../src/db.ts'
import { createContext } from '../src/context.ts'
import { sealPersonal } from '../src/domain/victimPersonal.ts'
import { caseHistoryOf, reportHistoryOf } from '../src/domain/statusHistory.ts'
import { policeDemo } from './demo.ts'

const missing = <T>(rows: T[], have: Set<string>, key: (row: T) => string) => rows.filter((row) => !have.has(key(row)))
const keysOf = async <T>(rows: Promise<T[]>, key: (row: T) => string) => new Set((await rows).map(key))

export async function seedDemo(
  db: Db,
  networkKey: string,
): Promise<{ cases: number; reports: number; suspects: number; victims: number; rescues: number; periodicReports: number }> {
  const demo = policeDemo(networkKey)
  const counts = {
    cases: demo.cases.length,
    reports: demo.reports.length,
    suspects: demo.suspects.length,
    victims: demo.victims.length,
    rescues: demo.rescues.length,
  }
  if ((await db.incomingReport.count()) >= demo.reports.length && (await db.criminalCase.count()) >= demo.cases.length)
    return { ...counts, periodicReports: await seedReports(db, networkKey) }
  const cipher = new FieldCipher(piiKey())
  await db.$transaction(
    async (tx) => {
      const persons = await keysOf(tx.person.findMany({ select: { personRef: true } }), (x) => x.personRef)
      await tx.person.createMany({ data: missing(demo.persons, persons, (p) => p.personRef) })

      const { unitCodes, ...campaign } = demo.campaign
      if (!(await tx.peakCampaign.findUnique({ where: { id: campaign.id } }))) {
        await tx.peakCampaign.create({ data: { ...campaign, units: { create: unitCodes.map((unitCode) => ({ unitCode })) } } })
      }

      const cases = await keysOf(tx.criminalCase.findMany({ select: { id: true } }), (x) => x.id)
      const newCases = demo.world.cases.map((c, i) => ({ c, h: demo.cases[i]! })).filter(({ c }) => !cases.has(c.id))
      await tx.criminalCase.createMany({
        data: newCases.map(({ c, h }) => ({
          id: c.id,
          externalRef: c.externalRef,
          openedAt: c.openedAt,
          codeArticle: c.codeArticle,
          unitCode: c.unitCode,
          routeKind: c.routeKind,
          destinationCountry: c.destinationCountry,
          organisedRing: h.organisedRing,
          onlineRecruitment: h.onlineRecruitment,
          peakCampaignId: h.peakCampaignId,
          status: h.status,
          solvedAt: h.solvedAt,
          suspendedAt: h.suspendedAt,
          closedAt: h.closedAt,
          transferredAt: h.transferredAt,
        })),
      })
      await tx.caseExploitationForm.createMany({ data: newCases.flatMap(({ c }) => c.forms.map((form) => ({ caseId: c.id, form }))) })
      await tx.caseVictim.createMany({ data: newCases.flatMap(({ c }) => c.victimRefs.map((personRef) => ({ caseId: c.id, personRef }))) })
      // cases seeded before their history was modelled get it now
      for (const { c, h } of demo.world.cases.map((c, i) => ({ c, h: demo.cases[i]! })).filter(({ c }) => cases.has(c.id))) {
        const { organisedRing, onlineRecruitment, peakCampaignId, status, solvedAt, suspendedAt, closedAt, transferredAt } = h
        await tx.criminalCase.updateMany({
          where: { id: c.id, inputDigest: null },
          data: { organisedRing, onlineRecruitment, peakCampaignId, status, solvedAt, suspendedAt, closedAt, transferredAt },
        })
      }

      const rescues = await keysOf(tx.rescueOperation.findMany({ select: { externalRef: true } }), (x) => x.externalRef)
      await tx.rescueOperation.createMany({ data: missing(demo.rescues, rescues, (x) => x.externalRef) })
      const reports = await keysOf(tx.incomingReport.findMany({ select: { externalRef: true } }), (x) => x.externalRef)
      await tx.incomingReport.createMany({ data: missing(demo.reports, reports, (x) => x.externalRef) })
      const suspects = await keysOf(tx.suspect.findMany({ select: { externalRef: true } }), (x) => x.externalRef)
      await tx.suspect.createMany({ data: missing(demo.suspects, suspects, (x) => x.externalRef) })

      // reports and cases seeded without a status history get it from their columns (the migration's rules)
      const recorded = await keysOf(tx.statusChange.findMany({ select: { entityId: true }, distinct: ['entityId'] }), (x) => x.entityId)
      const unrecorded = { where: { id: { notIn: [...recorded] } } }
      await tx.statusChange.createMany({
        // the demo's history was recorded as it happened (a late step is what a test or a user adds)
        data: [
          ...(await tx.criminalCase.findMany(unrecorded)).flatMap(caseHistoryOf),
          ...(await tx.incomingReport.findMany(unrecorded)).flatMap(reportHistoryOf),
        ].map((step) => ({ ...step, recordedAt: step.effectiveAt })),
      })

      const victims = await keysOf(tx.victim.findMany({ select: { personRef: true } }), (x) => x.personRef)
      const newVictims = missing(demo.victims, victims, (v) => v.personRef)
      await tx.victim.createMany({ data: newVictims.map(({ forms: _f, personal, ...v }) => ({ ...v, ...sealPersonal(cipher, personal) })) })
      await tx.victimExploitationForm.createMany({ data: newVictims.flatMap((v) => v.forms.map((form) => ({ personRef: v.personRef, form }))) })
    },
    { timeout: 60_000, maxWait: 20_000 },
  )
  return { ...counts, periodicReports: await seedReports(db, networkKey) }
}

/** The demo's periodic reports, frozen from the data above through the served schema (kit: define.ts). */
const seedReports = (db: Db, networkKey: string) =>
  seedSubgraphReports(db, networkKey, { name: 'cases', createContext, schema: async () => (await import('../src/server.ts')).createSchema() })

if (import.meta.url === `file://${process.argv[1]}`) await runSeed('cases', createDb, seedDemo)
