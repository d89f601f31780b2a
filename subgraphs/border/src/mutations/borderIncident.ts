// Writes of border incidents: record (idempotent by externalRef), hand over to the police, hand
// a rescued person over to Social Affairs, close. Each in one transaction.
import { createOnce, fingerprint, illegalTransition, notFound, parseInput, inTransaction, fieldProblem } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { incidentStatus } from '../domain/statuses.ts'
import {
  CloseBorderIncidentSchema, HandOverIncidentToPoliceSchema, HandOverPersonToSupportSchema, RecordBorderIncidentSchema, type RecordBorderIncident,
} from '../validation/borderIncident.ts'
import type { Tx } from '../db.ts'

/** The fingerprint of an incident input: persons in reference order, so their order does not matter. */
export const incidentFingerprint = (i: RecordBorderIncident) =>
  fingerprint({ ...i, persons: [...i.persons].sort((a, b) => a.personRef.localeCompare(b.personRef)) })

async function incidentOf(tx: Tx, id: string) {
  const found = await tx.borderIncident.findUnique({ where: { id } })
  if (!found) throw notFound('vụ việc biên giới / border incident', 'input.incidentId')
  return found
}

/** `created` is false for a replay (nothing written). */
export async function recordBorderIncident(db: Db, raw: unknown) {
  const input = parseInput(RecordBorderIncidentSchema, raw, ['input'])
  const fp = incidentFingerprint(input)
  const { persons, ...data } = input
  return inTransaction(db, (tx) => createOnce({
    existing: () => tx.borderIncident.findUnique({ where: { externalRef: input.externalRef } }),
    sameAs: (found) => found.fingerprint === fp,
    create: () => tx.borderIncident.create({ data: { ...data, fingerprint: fp, persons: { createMany: { data: persons } } } }),
  }))
}

export async function handOverIncidentToPolice(db: Db, raw: unknown) {
  const h = parseInput(HandOverIncidentToPoliceSchema, raw, ['input'])
  return inTransaction(db, async (tx) => {
    const incident = await incidentOf(tx, h.incidentId)
    if (h.handedOverAt < incident.occurredAt) throw fieldProblem('input.handedOverAt', 'bàn giao trước khi vụ việc xảy ra', 'the hand-over is before the incident')
    if (incident.status === 'HANDED_TO_POLICE') {
      // a replay, or the report handed over has since become a case: links may be added, never changed
      for (const [field, had, now] of [['input.reportId', incident.handedToReportId, h.reportId], ['input.caseId', incident.handedToCaseId, h.caseId]] as const) {
        if (had && now && had !== now) throw illegalTransition(field, 'vụ việc đã được bàn giao với liên kết khác', 'the incident was already handed over with another link')
      }
      if ((h.reportId ?? incident.handedToReportId) === incident.handedToReportId && (h.caseId ?? incident.handedToCaseId) === incident.handedToCaseId) return incident
      return tx.borderIncident.update({ where: { id: incident.id }, data: { handedToReportId: incident.handedToReportId ?? h.reportId, handedToCaseId: incident.handedToCaseId ?? h.caseId } })
    }
    incidentStatus.assert(incident.status, 'HANDED_TO_POLICE', 'status')
    return tx.borderIncident.update({
      where: { id: incident.id },
      data: { status: 'HANDED_TO_POLICE', handedToReportId: h.reportId ?? null, handedToCaseId: h.caseId ?? null, handedOverAt: h.handedOverAt },
    })
  })
}

/** `changed` is false when the person was already handed over to that support case (a replay). */
export async function handOverPersonToSupport(db: Db, raw: unknown) {
  const h = parseInput(HandOverPersonToSupportSchema, raw, ['input'])
  return inTransaction(db, async (tx) => {
    const incident = await incidentOf(tx, h.incidentId)
    const key = { incidentId_personRef: { incidentId: incident.id, personRef: h.personRef } }
    const involvement = await tx.incidentPerson.findUnique({ where: key })
    if (!involvement) throw notFound('người trong vụ việc / person in the incident', 'input.personRef')
    if (involvement.role !== 'PRESUMED_VICTIM') throw fieldProblem('input.personRef', 'chỉ bàn giao người nghi là nạn nhân', 'only a presumed victim is handed to Social Affairs')
    if (involvement.supportCaseId === h.supportCaseId) return { record: incident, changed: false }
    if (involvement.supportCaseId) throw illegalTransition('input.supportCaseId', 'người này đã được bàn giao với hồ sơ hỗ trợ khác', 'this person was already handed over under another support case')
    if (incident.status === 'CLOSED') throw illegalTransition('status', 'vụ việc đã kết thúc', 'the incident is closed')
    if (h.handedOverAt < incident.occurredAt) throw fieldProblem('input.handedOverAt', 'bàn giao trước khi vụ việc xảy ra', 'the hand-over is before the incident')
    await tx.incidentPerson.update({ where: key, data: { supportCaseId: h.supportCaseId, handedToSupportAt: h.handedOverAt } })
    // touch the incident so its updatedAt records the hand-over
    return { record: await tx.borderIncident.update({ where: { id: incident.id }, data: { updatedAt: new Date() } }), changed: true }
  })
}

export async function closeBorderIncident(db: Db, raw: unknown) {
  const c = parseInput(CloseBorderIncidentSchema, raw, ['input'])
  return inTransaction(db, async (tx) => {
    const incident = await incidentOf(tx, c.incidentId)
    if (incident.status === 'CLOSED' && incident.closedAt?.getTime() === c.closedAt.getTime()) return incident
    incidentStatus.assert(incident.status, 'CLOSED', 'status')
    const since = incident.handedOverAt ?? incident.occurredAt
    if (c.closedAt < since) throw fieldProblem('input.closedAt', 'kết thúc trước khi vụ việc xảy ra hoặc được bàn giao', 'closed before the incident or its hand-over')
    return tx.borderIncident.update({ where: { id: incident.id }, data: { status: 'CLOSED', closedAt: c.closedAt } })
  })
}
