import { changeCriminalCaseStatus, openCriminalCase } from '../mutations/criminalCase.ts'
import { changeIncomingReportStatus, classifyIncomingReport, receiveIncomingReport } from '../mutations/incomingReport.ts'
import { createPeakCampaign, recordRescueOperation } from '../mutations/rescue.ts'
import { recordSuspect } from '../mutations/suspect.ts'
import { addVictimToCase, changeVictimStatus, recordVictim } from '../mutations/victim.ts'
import type { GraphQLResolveInfo } from 'graphql'
import type { Context } from '../context.ts'
import type { MutationResolvers, VictimPersonalInput } from './types.ts'
import { police as policeReports } from './Reporting.ts'
import { PERSONAL_FIELDS, type PersonalField } from './PoliceVictim.ts'

/** The `PoliceVictim` fields `recordVictim` sets besides the personal ones. */
const VICTIM_RECORD_FIELDS = ['externalRef', 'status', 'identifiedAt', 'forms', 'recruitmentMethod', 'rescueOperation', 'consentToCount', 'consentToShare']

/**
 * Notes the victim records a mutation wrote in the audit trail, whatever the response selects (the
 * kit also notes the `PoliceVictim` fields it returns): references and field names, never values.
 * A replay that wrote nothing notes nothing, and its answer is a read (a purpose is needed).
 */
function wrote<T>(ctx: Context, info: GraphQLResolveInfo, refs: readonly string[], fields: readonly string[], result: { record: T }, written: boolean): T {
  if (written) ctx.audit.wrote(String(info.path.key), 'PoliceVictim', refs, fields)
  return result.record
}

const personalGiven = (p: VictimPersonalInput | null | undefined) =>
  (Object.keys(PERSONAL_FIELDS) as PersonalField[]).filter((f) => p?.[f] != null)

/**
 * Police records are written by the Provincial Police's officers and supervisors only: the kit
 * checks every mutation before it runs (server.ts `ACCESS.writers`).
 */
export const Mutation: MutationResolvers = {
  receiveIncomingReport: (_, { input }, ctx) => receiveIncomingReport(input, ctx),
  classifyIncomingReport: (_, { id, input }, ctx) => classifyIncomingReport(id, input, ctx),
  changeIncomingReportStatus: (_, { id, input }, ctx) => changeIncomingReportStatus(id, input, ctx),
  openCriminalCase: (_, { input }, ctx) => openCriminalCase(input, ctx),
  changeCriminalCaseStatus: (_, { id, input }, ctx) => changeCriminalCaseStatus(id, input, ctx),
  recordSuspect: (_, { input }, ctx) => recordSuspect(input, ctx),
  recordVictim: async (_, { input }, ctx, info) => {
    const v = await recordVictim(input, ctx)
    return wrote(ctx, info, [v.record.personRef], [...VICTIM_RECORD_FIELDS, ...personalGiven(input.personal)], v, v.created)
  },
  addVictimToCase: async (_, { caseId, personRef }, ctx, info) => {
    const linked = await addVictimToCase(caseId, personRef, ctx)
    return wrote(ctx, info, [personRef], ['victimInCases'], linked, linked.linked)
  },
  changeVictimStatus: async (_, { personRef, input }, ctx, info) => {
    const changed = await changeVictimStatus(personRef, input, ctx)
    return wrote(ctx, info, [personRef], ['status', 'identifiedAt'], changed, changed.changed)
  },
  recordRescueOperation: async (_, { input }, ctx, info) => {
    const op = await recordRescueOperation(input, ctx)
    return wrote(ctx, info, input.rescuedPersonRefs ?? [], ['rescued', 'rescueOperation'], op, op.created)
  },
  createPeakCampaign: (_, { input }, ctx) => createPeakCampaign(input, ctx),
  submitPoliceReport: (parent, args, ctx, info) => policeReports.submit(parent, args, ctx, info) as never,
}
