// The Mutation type's resolvers are the declared writes (mutations/index.ts).
export { Mutation } from '../mutations/index.ts'
