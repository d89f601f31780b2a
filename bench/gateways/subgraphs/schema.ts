// Each benchmark subgraph's SDL (./<name>.graphql, Federation 2) and its executable schema built
// by @apollo/subgraph.
import { readFileSync } from 'node:fs'
import { buildSubgraphSchema } from '@apollo/subgraph'
import { type GraphQLSchema, parse } from 'graphql'
import { RESOLVERS, type SubgraphName } from './resolvers.ts'

export function subgraphSdl(name: SubgraphName): string {
  return readFileSync(new URL(`./${name}.graphql`, import.meta.url), 'utf8')
}

export function subgraphSchema(name: SubgraphName): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs: parse(subgraphSdl(name)), resolvers: RESOLVERS[name] as any })
}
