import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { composeNetwork, SUPERGRAPH_PATH, unacceptedHints } from '../composition.ts'

describe('composition of the four subgraphs', () => {
  const result = composeNetwork()

  it('composes without errors', () => {
    expect(result.errors).toEqual([])
  })

  it('raises no hint the team has not accepted (schema/accepted-hints.json)', () => {
    expect(unacceptedHints(result.hints)).toEqual([])
  })

  it('matches the committed schema/supergraph.graphql (run npm run compose when this fails)', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(result.supergraphSdl)
  })
})
