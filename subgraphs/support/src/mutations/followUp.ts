// Reintegration follow-ups of a support case, recorded once per reference, never before reception.
import { byExternalRef, change, wrote } from '@lienthong/kit'
import { mutation } from '../context.ts'
import { followUpRow } from '../domain/rows.ts'
import { RecordFollowUpSchema } from '../validation/followUp.ts'
import { beforeReception, caseOf } from '../domain/records.ts'

/** The fields of a ReintegrationFollowUp set when it is recorded. */
const RECORDED_FIELDS = ['externalRef', 'followedUpAt', 'outcome']

export const recordReintegrationFollowUp = mutation({
  input: RecordFollowUpSchema,
  reference: byExternalRef((tx) => tx.reintegrationFollowUp),
  write: async (tx, v, { digest }) => {
    const c = await caseOf(tx, v.supportCaseId)
    if (v.followedUpAt < c.receivedAt) throw beforeReception('input.followedUpAt')
    const record = await tx.reintegrationFollowUp.create({ data: followUpRow(v, digest) })
    return wrote(record, change('ReintegrationFollowUp', record.id, RECORDED_FIELDS))
  },
})
