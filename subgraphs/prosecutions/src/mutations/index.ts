// The Mutation type's resolvers: this subgraph's declared writes (kit pipeline) by name, and the
// periodic reports' submissions (kit reporting).
import { mutationResolvers } from '@lienthong/kit'
import type { MutationResolvers } from '../resolvers/types.ts'
import { courtReports, procuracyReports } from '../resolvers/Reporting.ts'
import * as procuracyFile from './procuracyFile.ts'
import * as indictment from './indictment.ts'
import * as courtFile from './courtFile.ts'
import * as appeal from './appeal.ts'

export const Mutation: MutationResolvers = mutationResolvers([procuracyFile, indictment, courtFile, appeal], {
  submitProcuracyReport: procuracyReports.submit as never,
  submitCourtReport: courtReports.submit as never,
})
