// The Mutation type's resolvers are the police's declared writes (mutations/index.ts).
export { Mutation } from '../mutations/index.ts'
