// Border incidents: recorded once per Border Guard reference with the persons involved, handed
// over to the police (a report, then its case), a presumed victim handed to Social Affairs, closed.
import { byExternalRef, change, closing, fieldProblem, illegalTransition, notFound, orNotFound, wrote, versionOf } from '@lienthong/kit'
import { mutation } from '../context.ts'
import type { Tx } from '../db.ts'
import { incidentStatus } from '../domain/statuses.ts'
import {
  CloseBorderIncidentSchema,
  HandOverIncidentToPoliceSchema,
  HandOverPersonToSupportSchema,
  RecordBorderIncidentSchema,
} from '../validation/borderIncident.ts'

const TYPE = 'BorderIncident'
/** A person of an incident is a person-level record: audited under the person reference. */
const INVOLVEMENT = 'IncidentInvolvement'

const incidentOf = async (tx: Tx, id: string) =>
  orNotFound(await tx.borderIncident.findUnique({ where: { id } }), 'vụ việc biên giới / border incident', 'input.incidentId')

export const recordBorderIncident = mutation({
  input: RecordBorderIncidentSchema,
  reference: byExternalRef((tx) => tx.borderIncident),
  write: async (tx, { persons, ...data }, { digest }) => {
    const record = await tx.borderIncident.create({ data: { ...data, inputDigest: digest, persons: { createMany: { data: persons } } } })
    return wrote(
      record,
      change(TYPE, record.id, ['externalRef', 'occurredAt', 'placeType', 'incidentType', 'unitCode', 'otherCountry', 'status', 'persons']),
      change(
        INVOLVEMENT,
        persons.map((p) => p.personRef),
        ['person', 'role'],
      ),
    )
  },
})

/**
 * Hands an open incident to the police as a report and/or a case. Once handed over, the report
 * handed over may since have become a case: links may be added, never changed.
 */
export const handOverIncidentToPolice = mutation({
  input: HandOverIncidentToPoliceSchema,
  load: (tx, h) => incidentOf(tx, h.incidentId),
  unchanged: (i, h) =>
    i.status === 'HANDED_TO_POLICE' && (h.reportId ?? i.handedToReportId) === i.handedToReportId && (h.caseId ?? i.handedToCaseId) === i.handedToCaseId,
  version: (tx, i) => versionOf(tx.borderIncident, { id: i.id }, i.version),
  write: async (tx, h, { current: i }) => {
    if (h.handedOverAt < i.occurredAt) throw fieldProblem('input.handedOverAt', 'bàn giao trước khi vụ việc xảy ra', 'the hand-over is before the incident')
    if (i.status === 'HANDED_TO_POLICE') {
      const links = [
        ['input.reportId', 'handedToReport', i.handedToReportId, h.reportId],
        ['input.caseId', 'handedToCase', i.handedToCaseId, h.caseId],
      ] as const
      for (const [field, , had, now] of links) {
        if (had && now && had !== now)
          throw illegalTransition(field, 'vụ việc đã được bàn giao với liên kết khác', 'the incident was already handed over with another link')
      }
      const record = await tx.borderIncident.update({
        where: { id: i.id },
        data: { handedToReportId: i.handedToReportId ?? h.reportId, handedToCaseId: i.handedToCaseId ?? h.caseId },
      })
      return wrote(
        record,
        change(
          TYPE,
          i.id,
          links.filter(([, , had, now]) => !had && now).map(([, name]) => name),
        ),
      )
    }
    // (staying handed over is not a transition: the status is checked here, after the link case above)
    incidentStatus.assert(i.status, 'HANDED_TO_POLICE', 'status')
    const record = await tx.borderIncident.update({
      where: { id: i.id },
      data: { status: 'HANDED_TO_POLICE', handedToReportId: h.reportId ?? null, handedToCaseId: h.caseId ?? null, handedOverAt: h.handedOverAt },
    })
    return wrote(record, change(TYPE, i.id, ['status', 'handedOverAt', ...(h.reportId ? ['handedToReport'] : []), ...(h.caseId ? ['handedToCase'] : [])]))
  },
})

/** Hands a presumed victim of an incident over to Social Affairs (a support case), once. */
export const handOverPersonToSupport = mutation({
  input: HandOverPersonToSupportSchema,
  load: async (tx, h) => {
    const incident = await incidentOf(tx, h.incidentId)
    const involvement = await tx.incidentPerson.findUnique({ where: { incidentId_personRef: { incidentId: incident.id, personRef: h.personRef } } })
    if (!involvement) throw notFound('người trong vụ việc / person in the incident', 'input.personRef')
    if (involvement.role !== 'PRESUMED_VICTIM')
      throw fieldProblem('input.personRef', 'chỉ bàn giao người nghi là nạn nhân', 'only a presumed victim is handed to Social Affairs')
    return { incident, involvement }
  },
  unchanged: ({ involvement }, h) => involvement.supportCaseId === h.supportCaseId,
  answer: ({ incident }) => incident,
  version: (tx, { incident }) => versionOf(tx.borderIncident, { id: incident.id }, incident.version),
  write: async (tx, h, { current: { incident, involvement } }) => {
    if (involvement.supportCaseId)
      throw illegalTransition(
        'input.supportCaseId',
        'người này đã được bàn giao với hồ sơ hỗ trợ khác',
        'this person was already handed over under another support case',
      )
    if (incident.status === 'CLOSED') throw illegalTransition('status', 'vụ việc đã kết thúc', 'the incident is closed')
    if (h.handedOverAt < incident.occurredAt)
      throw fieldProblem('input.handedOverAt', 'bàn giao trước khi vụ việc xảy ra', 'the hand-over is before the incident')
    await tx.incidentPerson.update({
      where: { incidentId_personRef: { incidentId: incident.id, personRef: h.personRef } },
      data: { supportCaseId: h.supportCaseId, handedToSupportAt: h.handedOverAt },
    })
    // touch the incident so its updatedAt records the hand-over
    const record = await tx.borderIncident.update({ where: { id: incident.id }, data: { updatedAt: new Date() } })
    return wrote(record, change(INVOLVEMENT, h.personRef, ['supportCase', 'handedToSupportAt']))
  },
})

export const closeBorderIncident = mutation({
  input: CloseBorderIncidentSchema,
  load: (tx, c) => incidentOf(tx, c.incidentId),
  ...closing(incidentStatus, 'status'),
  version: (tx, i) => versionOf(tx.borderIncident, { id: i.id }, i.version),
  write: async (tx, c, { current: i }) => {
    if (c.closedAt < (i.handedOverAt ?? i.occurredAt)) {
      throw fieldProblem('input.closedAt', 'kết thúc trước khi vụ việc xảy ra hoặc được bàn giao', 'closed before the incident or its hand-over')
    }
    const record = await tx.borderIncident.update({ where: { id: i.id }, data: { status: 'CLOSED', closedAt: c.closedAt } })
    return wrote(record, change(TYPE, i.id, ['status', 'closedAt']))
  },
})
