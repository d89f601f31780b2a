// Type tests that work whichever copy of graphql built the schema: @apollo/subgraph (CommonJS)
// loads graphql's index.js while a bundler may hand the kit the ESM build, and graphql's own
// isObjectType() then throws on the other copy's types. graphql tags its classes by name.
import type { GraphQLNamedType, GraphQLObjectType } from 'graphql'

export function isObjectTypeLike(type: GraphQLNamedType | null | undefined): type is GraphQLObjectType {
  return type != null && Object.prototype.toString.call(type) === '[object GraphQLObjectType]'
}
