import { closeBorderIncident, handOverIncidentToPolice, handOverPersonToSupport, recordBorderIncident } from '../mutations/borderIncident.ts'
import { recordRepatriation, updateRepatriationStatus } from '../mutations/repatriation.ts'
import { recordCrossBorderCooperation, updateCooperationStatus } from '../mutations/cooperation.ts'
import type { Context } from '../context.ts'
import type { MutationResolvers } from './types.ts'
import { borderGuardReports } from './Reporting.ts'

/**
 * Notes in the audit trail the person-level records a write changed and which of their fields,
 * whatever the caller selects in the answer (the kit adds the fields it returns). References and
 * field names only, never values. A replay that wrote nothing notes nothing (its answer is a read).
 */
function wrote(ctx: Context, mutation: string, recordType: 'IncidentInvolvement' | 'Repatriation' | 'Person', refs: readonly string[], fields: readonly string[]) {
  ctx.audit.wrote(mutation, recordType, refs, fields)
}

export const Mutation: MutationResolvers = {
  submitBorderGuardReport: borderGuardReports.submit as never,
  recordBorderIncident: async (_, { input }, ctx) => {
    const { record: incident, created } = await recordBorderIncident(ctx.db, input)
    if (created) wrote(ctx, 'recordBorderIncident', 'IncidentInvolvement', input.persons.map((p) => p.personRef), ['person', 'role'])
    return incident
  },
  handOverIncidentToPolice: (_, { input }, { db }) => handOverIncidentToPolice(db, input),
  handOverPersonToSupport: async (_, { input }, ctx) => {
    const { record: incident, changed } = await handOverPersonToSupport(ctx.db, input)
    if (changed) wrote(ctx, 'handOverPersonToSupport', 'IncidentInvolvement', [input.personRef], ['supportCase', 'handedToSupportAt'])
    return incident
  },
  closeBorderIncident: (_, { input }, { db }) => closeBorderIncident(db, input),
  recordRepatriation: async (_, { input }, ctx) => {
    const { record: repatriation, created } = await recordRepatriation(ctx.db, input)
    if (!created) return repatriation
    wrote(ctx, 'recordRepatriation', 'Repatriation', [repatriation.id],
      ['externalRef', 'fromCountry', 'gate', 'unitCode', 'receivedAt', 'status', 'statusChangedAt', 'persons', ...(input.embassyRef ? ['embassyRef'] : [])])
    wrote(ctx, 'recordRepatriation', 'Person', input.personRefs, ['repatriations'])
    return repatriation
  },
  updateRepatriationStatus: async (_, { input }, ctx) => {
    const { record: repatriation, changed } = await updateRepatriationStatus(ctx.db, input)
    if (changed) wrote(ctx, 'updateRepatriationStatus', 'Repatriation', [repatriation.id], ['status', 'statusChangedAt', ...(input.embassyRef ? ['embassyRef'] : [])])
    return repatriation
  },
  recordCrossBorderCooperation: (_, { input }, { db }) => recordCrossBorderCooperation(db, input),
  updateCooperationStatus: (_, { input }, { db }) => updateCooperationStatus(db, input),
}
