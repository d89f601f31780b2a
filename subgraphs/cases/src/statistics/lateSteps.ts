// Why a closed period's police figures changed between two revisions of its report: the steps of
// the unit's report and case histories effective by the period's end but recorded after the
// earlier revision (late receptions, retroactive resumptions or suspensions). Three statements,
// whatever the number of steps (kit reporting, LateSteps).
import type { LateSteps } from '@lienthong/kit/reporting'
import type { Db } from '../db.ts'
import { CASE_HISTORY, REPORT_HISTORY } from '../domain/statusHistory.ts'

export const lateStatusSteps =
  (db: Db): LateSteps =>
  async (scope, after) => {
    const steps = await db.statusChange.findMany({
      where: { recordedAt: { gt: after }, effectiveAt: { lt: scope.period.end } },
      select: { entityType: true, entityId: true, recordedAt: true },
    })
    if (steps.length === 0) return []
    // the unit's records by their unit alone: a list of the steps' ids could pass the databases'
    // limit on bound values when many steps are late (e.g. a bulk load after a report was filed)
    const inUnit = { where: { unitCode: { in: scope.units } }, select: { id: true } }
    const [reports, cases] = await Promise.all([db.incomingReport.findMany(inUnit), db.criminalCase.findMany(inUnit)])
    const ofUnit = new Map<string, Set<string>>([
      [REPORT_HISTORY.entityType, new Set(reports.map((x) => x.id))],
      [CASE_HISTORY.entityType, new Set(cases.map((x) => x.id))],
    ])
    return steps.filter((x) => ofUnit.get(x.entityType)?.has(x.entityId))
  }
