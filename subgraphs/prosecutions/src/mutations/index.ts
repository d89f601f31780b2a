// The Mutation type's resolvers: this subgraph's declared writes (kit pipeline) by name, and the
// periodic reports' submissions (kit reporting).
import { mutationResolvers } from '@lienthong/kit'
import type { MutationResolvers } from '../resolvers/types.ts'
import { courtReports, procuracyReports } from '../resolvers/Reporting.ts'
import { acceptProcuracyFile, changeProcuracyStatus } from './procuracyFile.ts'
import { indict } from './indictment.ts'
import { acceptCourtFile, changeCourtFileStatus, recordTrial } from './courtFile.ts'
import { decideAppeal, fileAppeal } from './appeal.ts'

const declared = mutationResolvers({
  acceptProcuracyFile,
  changeProcuracyStatus,
  indict,
  acceptCourtFile,
  changeCourtFileStatus,
  recordTrial,
  fileAppeal,
  decideAppeal,
})

export const Mutation: MutationResolvers = {
  submitProcuracyReport: procuracyReports.submit as never,
  submitCourtReport: courtReports.submit as never,
  acceptProcuracyFile: declared.acceptProcuracyFile,
  changeProcuracyStatus: declared.changeProcuracyStatus,
  indict: declared.indict,
  acceptCourtFile: declared.acceptCourtFile,
  changeCourtFileStatus: declared.changeCourtFileStatus,
  recordTrial: declared.recordTrial,
  fileAppeal: declared.fileAppeal,
  decideAppeal: declared.decideAppeal,
}
