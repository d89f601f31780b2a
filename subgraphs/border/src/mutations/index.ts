// The Mutation type of the `border` subgraph: every write declared in this folder, run by the
// kit's pipeline (mutationResolvers), and the periodic report's submission (kit reporting).
import { mutationResolvers } from '@lienthong/kit'
import type { MutationResolvers } from '../resolvers/types.ts'
import { borderGuardReports } from '../resolvers/Reporting.ts'
import * as borderIncident from './borderIncident.ts'
import * as repatriation from './repatriation.ts'
import * as cooperation from './cooperation.ts'

export const Mutation: MutationResolvers = mutationResolvers([borderIncident, repatriation, cooperation], {
  submitBorderGuardReport: borderGuardReports.submit as never,
})
