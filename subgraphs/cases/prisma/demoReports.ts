// The police's incoming reports in the demo: those that led to each demo case, those behind the
// hotline contacts Social Affairs forwarded, and each demo year's reports that led to no case
// (some classified as not about trafficking, some still being verified). Drawn from the police
// demo's own random sequence, after the cases' histories.
import { demoId, DEMO_YEARS, type DemoWorld, type Random } from '@lienthong/kit'
import { adminUnits, vietnamMidnight } from '@lienthong/schema'
import type { IncomingReportChannel, IncomingReportKind, IncomingReportStatus } from '../src/generated/sqlite/enums.ts'

const DAY = 86_400_000
/** A table of weights for Random.weighted, in the table's order. */
export const weights = <K extends string>(table: Partial<Record<K, number>>) => Object.entries(table) as [K, number][]
const plus = (d: Date, days: number) => new Date(d.getTime() + days * DAY)

/** The unit's code on a day: itself, else the predecessor or successor in force then, else the province. */
export function unitOn(code: string, at: Date): string {
  const units = adminUnits()
  if (units.isValidOn(code, at)) return code
  const u = units.get(code)
  const candidates = [...(u?.predecessors ?? []), ...(u?.successor ? [u.successor] : [])]
  return candidates.find((c) => units.isValidOn(c, at)) ?? units.province().code
}

export type DemoReport = {
  id: string
  externalRef: string
  kind: IncomingReportKind
  channel: IncomingReportChannel
  receivedAt: Date
  receivedByUnitCode: string
  unitCode: string
  traffickingRelated: boolean | null
  classifiedAt: Date | null
  status: IncomingReportStatus
  resolvedAt: Date | null
  caseId: string | null
}

export function demoReports(r: Random, world: DemoWorld, past: (d: Date) => boolean): DemoReport[] {
  const province = adminUnits().province().code
  const reports: DemoReport[] = []
  /** A report as received: its kind, the unit that took it (the province's or the commune's, at `provinceShare`) and its channel. */
  const received = (externalRef: string, receivedAt: Date, unitCode: string, provinceShare: number, channels: [IncomingReportChannel, number][]) => ({
    id: demoId(externalRef),
    externalRef,
    kind: r.weighted(weights<IncomingReportKind>({ DENUNCIATION: 40, CRIME_REPORT: 45, PROSECUTION_RECOMMENDATION: 15 })),
    receivedAt,
    unitCode,
    receivedByUnitCode: r.chance(provinceShare) ? province : unitCode,
    channel: r.weighted(channels),
  })
  for (const c of world.cases) {
    for (
      let k = 1;
      k <=
      r.weighted([
        [1, 75],
        [2, 25],
      ]);
      k++
    ) {
      const receivedAt = plus(c.openedAt, -r.int(5, 60))
      reports.push({
        ...received(`${c.externalRef}-NT${k}`, receivedAt, unitOn(c.unitCode, receivedAt), 0.5, [
          ['IN_PERSON', 35],
          ['POLICE_HOTLINE', 20],
          ['ONLINE', 10],
          ['AGENCY_TRANSFER', 25],
          ['PROVINCE_TRANSFER', 10],
        ]),
        traffickingRelated: true,
        classifiedAt: plus(receivedAt, r.int(1, 4)),
        status: 'CASE_OPENED',
        resolvedAt: c.openedAt,
        caseId: c.id,
      })
    }
  }
  const opened = new Map(world.cases.map((c) => [c.id, c.openedAt]))
  for (const h of world.hotlineReports) {
    const outcome = h.caseId ? null : noCaseOutcome(r, h.receivedAt, past)
    const caseAt = h.caseId ? opened.get(h.caseId)! : null
    reports.push({
      id: h.reportId,
      externalRef: h.externalRef,
      kind: 'CRIME_REPORT',
      channel: 'HOTLINE_TRANSFER',
      receivedAt: h.receivedAt,
      receivedByUnitCode: province,
      unitCode: h.unitCode,
      ...(caseAt
        ? {
            traffickingRelated: true,
            classifiedAt: new Date(Math.min(plus(h.receivedAt, 1).getTime(), caseAt.getTime())),
            status: 'CASE_OPENED' as const,
            resolvedAt: caseAt,
            caseId: h.caseId,
          }
        : { ...outcome!, caseId: null }),
    })
  }
  for (const year of DEMO_YEARS) {
    for (let k = 1; k <= 60; k++) {
      const receivedAt = new Date(vietnamMidnight(year, 1, 1).getTime() + r.int(0, 364) * DAY + r.int(8, 17) * 3600_000)
      const unitCode = r.pick(adminUnits().unitsOn('COMMUNE', receivedAt)).code
      reports.push({
        ...received(`NT-${year}-${String(k).padStart(4, '0')}`, receivedAt, unitCode, 0.6, [
          ['IN_PERSON', 35],
          ['POLICE_HOTLINE', 25],
          ['ONLINE', 15],
          ['AGENCY_TRANSFER', 15],
          ['PROVINCE_TRANSFER', 10],
        ]),
        ...noCaseOutcome(r, receivedAt, past),
        caseId: null,
      })
    }
  }
  return reports
}

/** Outcome of a report that led to no case: classified or not, resolved or still open. */
function noCaseOutcome(r: Random, receivedAt: Date, past: (d: Date) => boolean) {
  const related = r.weighted<boolean | null>([
    [true, 50],
    [false, 42],
    [null, 8],
  ])
  if (related == null) return { traffickingRelated: null, classifiedAt: null, status: 'RECEIVED' as IncomingReportStatus, resolvedAt: null }
  const classifiedAt = plus(receivedAt, r.int(1, 10))
  const resolvedAt = plus(classifiedAt, r.int(5, 60))
  const status = related
    ? r.weighted(weights<IncomingReportStatus>({ NO_CASE_OPENED: 55, TRANSFERRED: 15, SUSPENDED: 15, VERIFYING: 15 }))
    : r.weighted(weights<IncomingReportStatus>({ NO_CASE_OPENED: 65, TRANSFERRED: 35 }))
  if (status === 'VERIFYING' || !past(resolvedAt))
    return { traffickingRelated: related, classifiedAt, status: 'VERIFYING' as IncomingReportStatus, resolvedAt: null }
  return { traffickingRelated: related, classifiedAt, status, resolvedAt }
}
