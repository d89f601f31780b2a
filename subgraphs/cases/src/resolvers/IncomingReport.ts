import type { IncomingReportResolvers } from './types.ts'

export const IncomingReport: IncomingReportResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.incomingReport.load(ref.id),
  criminalCase: (r, _, { loaders }) => (r.caseId ? loaders.criminalCase.load(r.caseId) : null),
  statusHistory: (r, _, { loaders }) => loaders.reportHistory.load(r.id),
}
