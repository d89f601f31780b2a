// Rescue operations, idempotent by the agency's reference. A rescue marks the recorded victims it
// freed (each by one operation at most).
import { byExternalRef, change, fieldProblem, notFound, wrote } from '@lienthong/kit'
import { assertWithinCampaign } from '../domain/campaigns.ts'
import { mutation } from '../context.ts'
import type { Tx } from '../db.ts'
import { RecordRescueOperationSchema, type RecordRescueOperation } from '../validation/rescueOperation.ts'

const RESCUE_FIELDS = ['externalRef', 'name', 'startedAt', 'unitCode', 'destinationCountry', 'criminalCase', 'peakCampaign']
/** What a rescue sets on the victim records of the persons it freed. */
const RESCUED_FIELDS = ['rescued', 'rescueOperation']

export const recordRescueOperation = mutation({
  input: RecordRescueOperationSchema,
  reference: byExternalRef((tx) => tx.rescueOperation),
  write: async (tx, input, { digest }) => {
    await checkLinks(tx, input)
    const { rescuedPersonRefs, ...fields } = input
    const victims = await tx.victim.findMany({ where: { personRef: { in: rescuedPersonRefs } }, select: { personRef: true, rescueOperationId: true } })
    rescuedPersonRefs.forEach((ref, i) => {
      const v = victims.find((x) => x.personRef === ref)
      if (!v) throw notFound('nạn nhân / victim', `input.rescuedPersonRefs.${i}`)
      if (v.rescueOperationId)
        throw fieldProblem(`input.rescuedPersonRefs.${i}`, 'nạn nhân đã được giải cứu trong cuộc khác', 'the victim was rescued by another operation')
    })
    const op = await tx.rescueOperation.create({ data: { ...fields, inputDigest: digest } })
    if (!rescuedPersonRefs.length) return wrote(op, change('RescueOperation', op.id, RESCUE_FIELDS))
    await tx.victim.updateMany({ where: { personRef: { in: rescuedPersonRefs } }, data: { rescueOperationId: op.id } })
    return wrote(op, change('RescueOperation', op.id, [...RESCUE_FIELDS, 'victims']), change('PoliceVictim', rescuedPersonRefs, RESCUED_FIELDS))
  },
})

/** The case and the campaign a rescue names exist; the rescue started within the campaign's window. */
async function checkLinks(tx: Tx, input: RecordRescueOperation): Promise<void> {
  if (input.caseId && !(await tx.criminalCase.findUnique({ where: { id: input.caseId }, select: { id: true } })))
    throw notFound('vụ án / criminal case', 'input.caseId')
  await assertWithinCampaign(tx, input.peakCampaignId, input.startedAt, 'cuộc giải cứu ngoài thời gian của đợt', 'startedAt is outside the campaign window')
}
