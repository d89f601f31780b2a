// GraphQL's own messages about submitted values, as graphql-js 16 writes them, rewritten to the
// field and a fixed reason: the value never survives, whatever it contains.
import { describe, expect, it } from 'vitest'
import { buildSchema, getVariableValues, parse, validate, type GraphQLFormattedError } from 'graphql'
import { inputProblemOf, syntaxMessageOf, withoutSubmittedValues } from '../inputErrors.ts'
import { maskError } from '../server.ts'
import { checkScalarsOf } from '../scalars.ts'

const NATIONAL_ID = '001099012345'
const schema = buildSchema(`
  scalar DateTime
  scalar Date
  enum Sex { MALE FEMALE }
  input Personal { nationalId: String fullName: String }
  input VictimInput { sex: Sex! birthYear: Int recordedAt: DateTime! personal: Personal forms: [Sex!] }
  input PeriodInput { from: Date to: Date }
  type Query { ok(period: PeriodInput): Int }
  type Mutation { recordVictim(input: VictimInput!): Int }
`)
checkScalarsOf(schema)
const doc = parse('mutation($i: VictimInput!) { recordVictim(input: $i) }')
const good = { sex: 'FEMALE', recordedAt: '2024-01-01T00:00:00+07:00', personal: { nationalId: NATIONAL_ID, fullName: 'Nguyễn Thị Bí Mật' } }

function coercionErrors(variables: Record<string, unknown>): GraphQLFormattedError[] {
  const def = doc.definitions[0]
  if (def?.kind !== 'OperationDefinition') throw new Error('no operation')
  const { errors } = getVariableValues(schema, def.variableDefinitions ?? [], variables)
  return (errors ?? []).map((e) => maskError({ ...e.toJSON(), extensions: { code: 'BAD_USER_INPUT' } }, e))
}

describe('variable coercion errors', () => {
  it.each([
    ['an unknown enum literal', { ...good, sex: 'WOMAN' }, 'i.sex', /Sex/],
    ['a malformed instant', { ...good, recordedAt: 'yesterday' }, 'i.recordedAt', /ISO 8601/],
    ['an instant without offset', { ...good, recordedAt: '2026-11-20 10:00' }, 'i.recordedAt', /ISO 8601/],
    ['a day that does not exist', { ...good, recordedAt: '2024-02-30T10:00:00+07:00' }, 'i.recordedAt', /ISO 8601/],
    ['a string for an Int', { ...good, birthYear: NATIONAL_ID }, 'i.birthYear', /integer/],
    ['an unknown field', { ...good, bogus: NATIONAL_ID }, 'i.bogus', /no field bogus/],
    ['a missing required field', { recordedAt: good.recordedAt, personal: good.personal }, 'i.sex', /required field sex/],
    ['a bad list item', { ...good, forms: ['MALE', 'X1'] }, 'i.forms[1]', /Sex/],
    ['a scalar for an object', { ...good, personal: NATIONAL_ID }, 'i.personal', /object of type Personal/],
  ])('%s: names the field, keeps no submitted value', (_what, value, field, reason) => {
    const [error, ...rest] = coercionErrors({ i: value })
    expect(rest).toEqual([])
    expect(error!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
      problems: [{ field, reasonVi: expect.any(String), reasonEn: expect.stringMatching(reason) }],
    })
    const text = JSON.stringify(error)
    expect(text).not.toContain(NATIONAL_ID)
    expect(text).not.toContain('Bí Mật')
    for (const v of ['WOMAN', 'yesterday', '2026-11-20 10:00', '2024-02-30', 'X1']) expect(text).not.toContain(v)
  })

  it('a missing or null variable names the variable', () => {
    expect(coercionErrors({})[0]!.extensions).toMatchObject({ field: 'i', problems: [{ reasonEn: /VictimInput! was not provided/ }] })
    expect(coercionErrors({ i: null })[0]!.extensions).toMatchObject({ field: 'i', problems: [{ reasonEn: /must not be null/ }] })
  })

  it('a value crafted to look like a path or a reason does not leak', () => {
    const crafted = `x" at "i.${NATIONAL_ID}"; Value "${NATIONAL_ID}" does not exist in "Sex" enum.`
    const text = JSON.stringify(coercionErrors({ i: { ...good, sex: crafted } }))
    expect(text).not.toContain(NATIONAL_ID)
  })
})

describe('literal values in the document', () => {
  it.each([
    ['{ ok(period: { from: "2024-02-30" }) }', /calendar date/],
    ['{ ok(period: { from: "yesterday", to: "2024-01-01" }) }', /calendar date/],
    [`mutation { recordVictim(input: { sex: WOMAN, recordedAt: "2024-01-01T00:00:00Z", personal: { nationalId: "${NATIONAL_ID}" } }) }`, /enum Sex/],
    [`mutation { recordVictim(input: { sex: MALE, birthYear: "${NATIONAL_ID}", recordedAt: "2024-01-01T00:00:00Z" }) }`, /integer/],
  ])('%s is BAD_USER_INPUT without the value', (query, reason) => {
    const errors = validate(schema, parse(query)).map((e) => maskError({ ...e.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, e))
    expect(errors).toHaveLength(1)
    expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ reasonEn: expect.stringMatching(reason) }] })
    for (const v of [NATIONAL_ID, '2024-02-30', 'yesterday', 'WOMAN']) expect(JSON.stringify(errors)).not.toContain(v)
  })

  it('keeps a field given by the caller of the rewrite (the gateway finds it in the document)', () => {
    expect(inputProblemOf('Expected value of type "Date", found "x"; Date: …', 'period.from')).toMatchObject({ field: 'period.from' })
  })

  it('leaves messages that are not about a value alone', () => {
    const formatted = { message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }
    expect(withoutSubmittedValues(formatted)).toBe(formatted)
  })
})

describe('syntax errors', () => {
  it.each([
    [`{ ok(period: { from: "${NATIONAL_ID}" }`, /Expected Name, found <EOF>/],
    [`{ ok(period: { from: "${NATIONAL_ID}`, /Unterminated string/],
    [`{ ok(period: { from: ${NATIONAL_ID}x }) }`, /Invalid number/],
    [`{ ok(period: { from "${NATIONAL_ID}" }) }`, /Expected ":", found String\.$/],
  ])('%s keeps the reason, drops the token and the excerpt', (query, reason) => {
    let message = ''
    try {
      parse(query)
    } catch (e) {
      message = `${(e as Error).message}\n\n${String(e)}`
    }
    const rewritten = syntaxMessageOf(message)
    expect(rewritten).toMatch(reason)
    expect(rewritten).not.toContain(NATIONAL_ID)
    expect(rewritten).not.toContain('\n')
  })
})

describe('maskError', () => {
  it('drops extensions that carry a subgraph response or a stack', () => {
    const masked = maskError(
      {
        message: 'Không tìm thấy / not found',
        extensions: { code: 'NOT_FOUND', field: 'id', response: { body: { variables: { nationalId: NATIONAL_ID } } }, stacktrace: ['at x'] },
      },
      undefined,
    )
    expect(masked.extensions).toEqual({ code: 'NOT_FOUND', field: 'id' })
  })
})
