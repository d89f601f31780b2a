import type { IndictmentResolvers } from './types.ts'

export const Indictment: IndictmentResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.indictment.load(ref.id),
  procuracyFile: async (i, _, { loaders }) => (await loaders.procuracyFile.load(i.fileId))!,
  charges: (i, _, { loaders }) => loaders.chargesByIndictment.load(i.id),
  courtFile: (i, _, { loaders }) => loaders.courtFileByIndictment.load(i.id),
}
