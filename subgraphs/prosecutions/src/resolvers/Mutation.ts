// The Mutation type: the declared writes (src/mutations/).
export { Mutation } from '../mutations/index.ts'
