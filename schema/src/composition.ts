// Composes the four subgraph SDLs (Federation 2) into the supergraph the gateway serves.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { composeServices } from '@apollo/composition'
import { parse } from 'graphql'
import { REPORTING_AGENCY_SDL_FILE, reportingAgencySdl } from './agencies.ts'
import { SUBGRAPHS, SUBGRAPH_NAMES } from './network.ts'
import { subgraphDir, subgraphSdl } from './typeDefs.ts'

export const SUPERGRAPH_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url))
export const REPORTING_AGENCY_SDL_PATH = fileURLToPath(new URL(`../${REPORTING_AGENCY_SDL_FILE}`, import.meta.url))
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

/** A file composition generates, and whether it differed from what it holds now. */
export interface GeneratedFile {
  path: string
  changed: boolean
}
export type ComposeOutcome = { ok: true; files: GeneratedFile[]; hints: number } | { ok: false; errors: string[]; unaccepted: CompositionHint[] }

/**
 * What `lienthong compose` (`npm run compose`) does: writes the enum of reporting agencies from the
 * agency registry, then the supergraph from the subgraph SDLs; fails on composition errors and on
 * hints not in accepted-hints.json. With `check`, writes nothing and says which file would change.
 */
export function composeSchemaFiles({ check = false } = {}): ComposeOutcome {
  const files: GeneratedFile[] = []
  const generate = (path: string, content: string) => {
    const changed = !existsSync(path) || readFileSync(path, 'utf8') !== content
    if (changed && !check) writeFileSync(path, content)
    files.push({ path, changed })
  }
  generate(REPORTING_AGENCY_SDL_PATH, reportingAgencySdl())
  const result = composeNetwork()
  if (!result.supergraphSdl) return { ok: false, errors: result.errors, unaccepted: [] }
  const unaccepted = unacceptedHints(result.hints)
  if (unaccepted.length) return { ok: false, errors: [], unaccepted }
  generate(SUPERGRAPH_PATH, result.supergraphSdl)
  return { ok: true, files, hints: result.hints.length }
}
