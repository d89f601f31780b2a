import type { BorderIncidentResolvers, IncidentInvolvementResolvers } from './types.ts'

export const BorderIncident: BorderIncidentResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.borderIncident.load(ref.id),
  persons: (i, _, { loaders }) => loaders.involvementsOfIncident.load(i.id),
  handedToReport: (i) => (i.handedToReportId ? { id: i.handedToReportId } : null),
  handedToCase: (i) => (i.handedToCaseId ? { id: i.handedToCaseId } : null),
  cooperations: (i, _, { loaders }) => loaders.cooperationsOfIncident.load(i.id),
}

export const IncidentInvolvement: IncidentInvolvementResolvers = {
  person: (p) => ({ personRef: p.personRef }),
  supportCase: (p) => (p.supportCaseId ? { id: p.supportCaseId } : null),
}
