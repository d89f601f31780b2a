import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { REPORTING_AGENCY_SDL_FILE } from './agencies.ts'
import type { SubgraphName } from './network.ts'

/** Path of the shared GraphQL vocabulary that every subgraph serves verbatim. */
export const VOCABULARY_GRAPHQL_PATH = fileURLToPath(new URL('../vocabulary.graphql', import.meta.url))
export const SUBGRAPHS_DIR = fileURLToPath(new URL('../../subgraphs/', import.meta.url))

/**
 * The shared vocabulary's files: the core, the audit log's and periodic reporting's types, and the
 * enum of reporting agencies that `npm run compose` generates from the agency registry.
 */
export const VOCABULARY_GRAPHQL_PATHS = ['vocabulary.graphql', 'vocabulary.audit.graphql', 'vocabulary.reporting.graphql', REPORTING_AGENCY_SDL_FILE].map((f) =>
  fileURLToPath(new URL(`../${f}`, import.meta.url)),
)

export function vocabularyTypeDefs(): string {
  return VOCABULARY_GRAPHQL_PATHS.map((f) => readFileSync(f, 'utf8')).join('\n')
}

/**
 * The SDL a subgraph serves: its schema.graphql, then any other *.graphql beside it (one per
 * concern, e.g. statistics.graphql, in name order), then the shared vocabulary.
 */
export function subgraphSdl(subgraphDir: string): string {
  const extra = readdirSync(subgraphDir)
    .filter((f) => f.endsWith('.graphql') && f !== 'schema.graphql')
    .sort()
  return [path.join(subgraphDir, 'schema.graphql'), ...extra.map((f) => path.join(subgraphDir, f))]
    .map((f) => readFileSync(f, 'utf8'))
    .concat(vocabularyTypeDefs())
    .join('\n')
}

export const subgraphDir = (name: SubgraphName) => path.join(SUBGRAPHS_DIR, name)
