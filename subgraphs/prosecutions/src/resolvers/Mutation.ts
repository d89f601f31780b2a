import type { MutationResolvers } from './types.ts'
import { acceptProcuracyFile, changeProcuracyStatus, indict } from '../writes/procuracyWrites.ts'
import { acceptCourtFile, changeCourtFileStatus, recordTrial } from '../writes/courtWrites.ts'
import { decideAppeal, fileAppeal } from '../writes/appealWrites.ts'
import { procuracyReports, courtReports } from './Reporting.ts'

export const Mutation: MutationResolvers = {
  submitProcuracyReport: procuracyReports.submit as never,
  submitCourtReport: courtReports.submit as never,
  acceptProcuracyFile: (_, { input }, ctx) => acceptProcuracyFile(ctx, input),
  changeProcuracyStatus: (_, { input }, ctx) => changeProcuracyStatus(ctx, input),
  indict: (_, { input }, ctx) => indict(ctx, input),
  acceptCourtFile: (_, { input }, ctx) => acceptCourtFile(ctx, input),
  changeCourtFileStatus: (_, { input }, ctx) => changeCourtFileStatus(ctx, input),
  recordTrial: (_, { input }, ctx) => recordTrial(ctx, input),
  fileAppeal: (_, { input }, ctx) => fileAppeal(ctx, input),
  decideAppeal: (_, { input }, ctx) => decideAppeal(ctx, input),
}
