import { personByRef } from './Person.ts'
import type { CaseSuspectResolvers } from './types.ts'

export const CaseSuspect: CaseSuspectResolvers = {
  person: (s, _, ctx) => personByRef(s.personRef, ctx),
  criminalCase: async (s, _, { loaders }) => (await loaders.criminalCase.load(s.caseId))!,
}
