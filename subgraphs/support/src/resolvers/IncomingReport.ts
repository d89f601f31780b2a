import type { IncomingReportResolvers } from './types.ts'

export const IncomingReport: IncomingReportResolvers = {
  // The police own IncomingReport; this subgraph adds the hotline contact it came from.
  __resolveReference: (ref) => ({ id: ref.id }),
  hotlineContact: (r, _, { loaders }) => loaders.hotlineContactOfReport.load(r.id),
}
