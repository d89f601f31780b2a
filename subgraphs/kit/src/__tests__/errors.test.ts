import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { GraphQLError } from 'graphql'
import { parseInput } from '../errors.ts'

describe('typed input errors', () => {
  const Input = z.object({ externalRef: z.string().min(3), birthYear: z.number().int().max(2026, 'năm sinh trong tương lai / birth year is in the future') })

  it('names every bad field in Vietnamese and English, with code BAD_USER_INPUT', () => {
    let error: GraphQLError | undefined
    try { parseInput(Input, { externalRef: 'x', birthYear: 2090 }, ['input']) } catch (e) { error = e as GraphQLError }
    expect(error).toBeInstanceOf(GraphQLError)
    expect(error!.extensions.code).toBe('BAD_USER_INPUT')
    expect(error!.extensions.field).toBe('input.externalRef')
    expect(error!.extensions.problems).toEqual([
      { field: 'input.externalRef', reasonVi: 'giá trị quá nhỏ hoặc quá ngắn', reasonEn: expect.stringMatching(/>=3 characters/) },
      { field: 'input.birthYear', reasonVi: 'năm sinh trong tương lai', reasonEn: 'birth year is in the future' },
    ])
  })

  it('never echoes the submitted value', () => {
    expect.assertions(3)
    try { parseInput(Input, { externalRef: 'NGUYEN VAN A 0123456789', birthYear: 2090 }) } catch (e) {
      expect((e as Error).message).not.toContain('NGUYEN')
      expect((e as Error).message).not.toContain('2090')
      expect(JSON.stringify((e as GraphQLError).extensions)).not.toContain('2090')
    }
  })
})
