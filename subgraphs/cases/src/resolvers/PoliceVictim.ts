import { personByRef } from './Person.ts'
import { inVocabularyOrder } from './forms.ts'
import type { PoliceVictimResolvers } from './types.ts'

export const PoliceVictim: PoliceVictimResolvers = {
  person: (v, _, ctx) => personByRef(v.personRef, ctx),
  forms: async (v, _, { loaders }) => inVocabularyOrder((await loaders.victimForms.load(v.personRef)).map((f) => f.form)),
  rescued: (v) => v.rescueOperationId != null,
  rescueOperation: (v, _, { loaders }) => (v.rescueOperationId ? loaders.rescueOperation.load(v.rescueOperationId) : null),
}
