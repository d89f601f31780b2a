// Composes the four subgraph SDLs (Federation 2) into the supergraph the gateway serves.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { composeServices } from '@apollo/composition'
import { parse } from 'graphql'
import { SUBGRAPHS, SUBGRAPH_NAMES } from './network.ts'
import { subgraphDir, subgraphSdl } from './typeDefs.ts'

export const SUPERGRAPH_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url))
export const ACCEPTED_HINTS_PATH = fileURLToPath(new URL('../accepted-hints.json', import.meta.url))

export interface CompositionHint {
  code: string
  message: string
}
export interface CompositionResult {
  supergraphSdl: string | null
  errors: string[]
  hints: CompositionHint[]
}

export function composeNetwork(): CompositionResult {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      typeDefs: parse(subgraphSdl(subgraphDir(name))),
      url: `http://127.0.0.1:${SUBGRAPHS[name]}/graphql`,
    })),
  )
  const hints = (result.hints ?? []).map((h) => ({ code: h.definition.code, message: h.message }))
  if (result.errors) return { supergraphSdl: null, errors: result.errors.map((e) => e.message), hints }
  return { supergraphSdl: result.supergraphSdl, errors: [], hints }
}

/** Hints the team has read and accepted (schema/accepted-hints.json). */
export function acceptedHints(): CompositionHint[] {
  return JSON.parse(readFileSync(ACCEPTED_HINTS_PATH, 'utf8')) as CompositionHint[]
}

export function unacceptedHints(hints: CompositionHint[]): CompositionHint[] {
  const ok = new Set(acceptedHints().map((h) => `${h.code}\u0000${h.message}`))
  return hints.filter((h) => !ok.has(`${h.code}\u0000${h.message}`))
}
