// Rescue operations and peak campaigns, idempotent by the agency's reference.
import { createOnce, notFound, parseInput, inTransaction, fieldProblem, inputDigest } from '@lienthong/kit'
import { vietnamDay } from '@lienthong/schema'
import type { Context } from '../context.ts'
import type { PeakCampaign, RescueOperation } from '../db.ts'
import { CreatePeakCampaignSchema, RecordRescueOperationSchema } from '../validation/rescue.ts'

/** Records a rescue operation once per externalRef; `created` is false for a replay (nothing written). */
export async function recordRescueOperation(input: unknown, { db, env }: Context): Promise<{ record: RescueOperation; created: boolean }> {
  const data = parseInput(RecordRescueOperationSchema, input, ['input'])
  const digest = inputDigest(data, env.piiKey)
  return inTransaction(db, async (tx) => (await createOnce({
    existing: () => tx.rescueOperation.findUnique({ where: { externalRef: data.externalRef } }),
    sameAs: (found) => found.inputDigest === digest,
    create: async () => {
      if (data.caseId && !(await tx.criminalCase.findUnique({ where: { id: data.caseId } }))) throw notFound('vụ án / criminal case', 'input.caseId')
      if (data.peakCampaignId) {
        const campaign = await tx.peakCampaign.findUnique({ where: { id: data.peakCampaignId } })
        if (!campaign) throw notFound('đợt cao điểm / peak campaign', 'input.peakCampaignId')
        const day = vietnamDay(data.startedAt)
        if (day < campaign.startsOn || day > campaign.endsOn) throw fieldProblem('input.peakCampaignId', 'cuộc giải cứu ngoài thời gian của đợt', 'startedAt is outside the campaign window')
      }
      const { rescuedPersonRefs, ...fields } = data
      const victims = await tx.victim.findMany({ where: { personRef: { in: rescuedPersonRefs } }, select: { personRef: true, rescueOperationId: true } })
      rescuedPersonRefs.forEach((ref, i) => {
        const v = victims.find((x) => x.personRef === ref)
        if (!v) throw notFound('nạn nhân / victim', `input.rescuedPersonRefs.${i}`)
        if (v.rescueOperationId) throw fieldProblem(`input.rescuedPersonRefs.${i}`, 'nạn nhân đã được giải cứu trong cuộc khác', 'the victim was rescued by another operation')
      })
      const op = await tx.rescueOperation.create({ data: { ...fields, inputDigest: digest } })
      if (rescuedPersonRefs.length) await tx.victim.updateMany({ where: { personRef: { in: rescuedPersonRefs } }, data: { rescueOperationId: op.id } })
      return op
    },
  })))
}

export async function createPeakCampaign(input: unknown, { db, env }: Context): Promise<PeakCampaign> {
  const data = parseInput(CreatePeakCampaignSchema, input, ['input'])
  const digest = inputDigest(data, env.piiKey)
  const { unitCodes, ...fields } = data
  return inTransaction(db, async (tx) => (await createOnce({
    existing: () => tx.peakCampaign.findUnique({ where: { externalRef: data.externalRef } }),
    sameAs: (found) => found.inputDigest === digest,
    create: () => tx.peakCampaign.create({ data: { ...fields, inputDigest: digest, units: { create: unitCodes.map((unitCode) => ({ unitCode })) } } }),
  })).record)
}
