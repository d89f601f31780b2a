// Why a closed period's procuracy or court figures changed between two revisions of its report:
// the decisions on the unit's files effective by the period's end but recorded after the earlier
// revision (late acceptances, retroactive returns, re-acceptances, suspensions). One statement each
// (kit reporting, LateSteps).
import type { LateSteps } from '@lienthong/kit/reporting'
import type { Db } from '../db.ts'

export const lateProcuracyDecisions =
  (db: Db): LateSteps =>
  (scope, after) =>
    db.procuracyStatusChange.findMany({
      where: { recordedAt: { gt: after }, at: { lt: scope.period.end }, file: { unitCode: { in: scope.units } } },
      select: { recordedAt: true },
    })

/** A court file's unit is its procuracy file's. */
export const lateCourtDecisions =
  (db: Db): LateSteps =>
  (scope, after) =>
    db.courtStatusChange.findMany({
      where: { recordedAt: { gt: after }, at: { lt: scope.period.end }, courtFile: { indictment: { file: { unitCode: { in: scope.units } } } } },
      select: { recordedAt: true },
    })
