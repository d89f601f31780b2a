// Composes the benchmark's supergraph with @apollo/composition from the four subgraphs' SDL and
// the URLs they listen on, and writes it where every gateway reads it.
import { writeFileSync } from 'node:fs'
import { composeServices } from '@apollo/composition'
import { parse } from 'graphql'
import { SUBGRAPH_NAMES } from './subgraphs/resolvers.ts'
import { subgraphSdl } from './subgraphs/schema.ts'

export function composeSupergraph(urls: Record<string, string>, file: string): string {
  const result = composeServices(SUBGRAPH_NAMES.map((name) => ({ name, url: urls[name]!, typeDefs: parse(subgraphSdl(name)) })))
  if (result.errors) throw new Error(`composition failed: ${result.errors.map((e) => e.message).join('; ')}`)
  writeFileSync(file, result.supergraphSdl)
  return file
}
