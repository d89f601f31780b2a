// Why a closed period's police figures changed between two revisions of its report: the steps of
// the unit's report and case histories effective by the period's end but recorded after the
// earlier revision (late receptions, retroactive resumptions or suspensions). Three statements,
// whatever the number of steps (kit reporting, LateSteps).
import type { LateSteps } from '@lienthong/kit/reporting'
import type { Db } from '../db.ts'
import { CASE_HISTORY, REPORT_HISTORY } from '../domain/statusHistory.ts'

export const lateStatusSteps = (db: Db): LateSteps => async (scope, after) => {
  const steps = await db.statusChange.findMany({ where: { recordedAt: { gt: after }, effectiveAt: { lt: scope.period.end } }, select: { entityType: true, entityId: true, recordedAt: true } })
  const idsOf = (type: string) => steps.filter((x) => x.entityType === type).map((x) => x.entityId)
  const inUnit = { unitCode: { in: scope.units } }
  const [reports, cases] = await Promise.all([
    db.incomingReport.findMany({ where: { id: { in: idsOf(REPORT_HISTORY.entityType) }, ...inUnit }, select: { id: true } }),
    db.criminalCase.findMany({ where: { id: { in: idsOf(CASE_HISTORY.entityType) }, ...inUnit }, select: { id: true } }),
  ])
  const ofUnit = new Set([...reports, ...cases].map((x) => x.id))
  return steps.filter((x) => ofUnit.has(x.entityId))
}
