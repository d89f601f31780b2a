// Mutations of a support case: reception, consent, screening and needs, services, follow-ups.
// Each one: zod-validated input, one transaction, idempotent by externalRef or by its effect.
import { createOnce, illegalTransition, notFound, parseInput, inTransaction, fieldProblem } from '@lienthong/kit'
import { vietnamDay } from '@lienthong/schema'
import type { MutationResolvers } from './types.ts'
import type { Tx } from '../db.ts'
import { consentStatus } from '../statuses.ts'
import { dayStart, followUpRow, serviceRow, supportCaseRow } from '../payload.ts'
import {
  AssessSupportCaseSchema, EndSupportServiceSchema, ReceiveSupportCaseSchema, RecordFollowUpSchema, RecordSupportConsentSchema,
  RecordSupportServiceSchema,
} from '../validation/supportCaseInputs.ts'

/** The support case an input refers to, or NOT_FOUND naming the field. */
export async function caseOf(tx: Tx, id: string, field = 'input.supportCaseId') {
  const found = await tx.supportCase.findUnique({ where: { id } })
  if (!found) throw notFound('SupportCase', field)
  return found
}

const beforeReception = (field: string) => fieldProblem(field, 'trước ngày tiếp nhận người được hỗ trợ', 'before the person was received')

export const supportCaseMutations: Pick<MutationResolvers,
  'receiveSupportCase' | 'recordSupportConsent' | 'assessSupportCase' | 'recordSupportService' | 'endSupportService' | 'recordReintegrationFollowUp'> = {
  receiveSupportCase: async (_, { input }, { db }) => {
    const row = supportCaseRow(parseInput(ReceiveSupportCaseSchema, input, ['input']))
    return inTransaction(db, async (tx) => (await createOnce({
      existing: () => tx.supportCase.findUnique({ where: { externalRef: row.externalRef } }),
      sameAs: (found) => found.payloadHash === row.payloadHash,
      create: () => tx.supportCase.create({ data: row }),
    })).record)
  },

  recordSupportConsent: async (_, { input }, { db }) => {
    const v = parseInput(RecordSupportConsentSchema, input, ['input'])
    return inTransaction(db, async (tx) => {
      const c = await caseOf(tx, v.supportCaseId)
      if (c.consentToShare === v.consentToShare) return c // already on record: a replay changes nothing
      if (v.recordedAt < c.receivedAt) throw beforeReception('input.recordedAt')
      if (c.consentRecordedAt && v.recordedAt < c.consentRecordedAt) throw fieldProblem('input.recordedAt', 'trước lần ghi nhận sự đồng ý trước', 'before the consent on record')
      consentStatus.assert(c.consentToShare, v.consentToShare, 'input.consentToShare')
      const { count } = await tx.supportCase.updateMany({ where: { id: c.id, consentToShare: c.consentToShare }, data: { consentToShare: v.consentToShare, consentRecordedAt: v.recordedAt } })
      if (count !== 1) throw illegalTransition('input.consentToShare', 'sự đồng ý vừa được thay đổi bởi yêu cầu khác', 'the consent was changed concurrently')
      if (c.consentToShare === 'GIVEN') {
        // consent withdrawn: sharing through every referral of the case not yet finished ends for
        // good (a consent given again later does not revive it: a new referral is needed)
        await tx.supportReferral.updateMany({
          where: { supportCaseId: c.id, sharesPersonData: true, sharingEndedAt: null, status: { in: ['IN_PROGRESS', 'ACCEPTED'] } },
          data: { sharingEndedAt: v.recordedAt },
        })
      }
      return caseOf(tx, c.id)
    })
  },

  assessSupportCase: async (_, { input }, { db }) => {
    const v = parseInput(AssessSupportCaseSchema, input, ['input'])
    return inTransaction(db, async (tx) => {
      const c = await caseOf(tx, v.supportCaseId)
      if (v.screening && v.screening.screenedAt < c.receivedAt) throw beforeReception('input.screening.screenedAt')
      if (v.needsAssessment && v.needsAssessment.assessedAt < c.receivedAt) throw beforeReception('input.needsAssessment.assessedAt')
      return tx.supportCase.update({
        where: { id: c.id },
        data: {
          ...(v.screening ? { screeningResult: v.screening.result, screenedAt: v.screening.screenedAt } : {}),
          ...(v.needsAssessment ? { needs: v.needsAssessment.needs.join(','), needsAssessedAt: v.needsAssessment.assessedAt } : {}),
        },
      })
    })
  },

  recordSupportService: async (_, { input }, { db }) => {
    const v = parseInput(RecordSupportServiceSchema, input, ['input'])
    const row = serviceRow(v)
    return inTransaction(db, async (tx) => (await createOnce({
      existing: () => tx.supportService.findUnique({ where: { externalRef: v.externalRef } }),
      sameAs: (found) => found.payloadHash === row.payloadHash,
      create: async () => {
        const c = await caseOf(tx, v.supportCaseId)
        if (v.startedOn < vietnamDay(c.receivedAt)) throw beforeReception('input.startedOn')
        return tx.supportService.create({ data: row })
      },
    })).record)
  },

  endSupportService: async (_, { input }, { db }) => {
    const v = parseInput(EndSupportServiceSchema, input, ['input'])
    return inTransaction(db, async (tx) => {
      const service = await tx.supportService.findUnique({ where: { id: v.serviceId } })
      if (!service) throw notFound('SupportService', 'input.serviceId')
      if (service.endedOn) {
        if (vietnamDay(service.endedOn) === v.endedOn) return service
        throw illegalTransition('input.endedOn', 'dịch vụ đã kết thúc', 'the service has already ended')
      }
      if (v.endedOn < vietnamDay(service.startedOn)) throw fieldProblem('input.endedOn', 'ngày kết thúc trước ngày bắt đầu', 'ends before it starts')
      const { count } = await tx.supportService.updateMany({ where: { id: service.id, endedOn: null }, data: { endedOn: dayStart(v.endedOn) } })
      if (count !== 1) throw illegalTransition('input.endedOn', 'dịch vụ đã kết thúc', 'the service has already ended')
      return (await tx.supportService.findUnique({ where: { id: service.id } }))!
    })
  },

  recordReintegrationFollowUp: async (_, { input }, { db }) => {
    const v = parseInput(RecordFollowUpSchema, input, ['input'])
    const row = followUpRow(v)
    return inTransaction(db, async (tx) => (await createOnce({
      existing: () => tx.reintegrationFollowUp.findUnique({ where: { externalRef: v.externalRef } }),
      sameAs: (found) => found.payloadHash === row.payloadHash,
      create: async () => {
        const c = await caseOf(tx, v.supportCaseId)
        if (v.followedUpAt < c.receivedAt) throw beforeReception('input.followedUpAt')
        return tx.reintegrationFollowUp.create({ data: row })
      },
    })).record)
  },
}
