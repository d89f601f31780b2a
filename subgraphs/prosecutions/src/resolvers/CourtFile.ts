import type { CourtFileResolvers, CourtStatusChangeResolvers } from './types.ts'

export const CourtFile: CourtFileResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.courtFile.load(ref.id),
  indictment: async (f, _, { loaders }) => (await loaders.indictment.load(f.indictmentId))!,
  trial: (f) =>
    f.judgmentRef && f.triedAt && f.trialKind ? { judgmentRef: f.judgmentRef, triedAt: f.triedAt, kind: f.trialKind, venueUnitCode: f.venueUnitCode } : null,
  verdicts: (f, _, { loaders }) => loaders.verdictsByCourtFile.load(f.id),
  statusHistory: (f, _, { loaders }) => loaders.courtChangesByFile.load(f.id),
}

export const CourtStatusChange: CourtStatusChangeResolvers = {
  decisionRef: (c) => c.decisionRef,
}
