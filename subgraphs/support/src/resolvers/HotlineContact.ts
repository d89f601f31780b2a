import type { HotlineContactResolvers } from './types.ts'

export const HotlineContact: HotlineContactResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.hotlineContact.load(ref.id),
  // the police own the report: only its key crosses, the gateway fetches the rest from them
  forwardedReport: (h) => (h.forwardedReportId ? { id: h.forwardedReportId } : null),
}
