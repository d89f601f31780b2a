// The error contract through the real gateway over real HTTP, on SQLite and PostgreSQL: every
// caller's mistake is a typed error naming what to fix, with a 4xx status (never a 500 nor an
// INTERNAL_SERVER_ERROR), the submitted value is never echoed, and nothing is written.
import { beforeAll, describe, expect, it } from 'vitest'
import { ERROR_CODES } from '@lienthong/kit'
import { testProviders } from '@lienthong/kit/testing'
import { victimInput } from '../records.ts'
import { useNetwork } from '../sharedNetwork.ts'
import { rowCounts, type RowCounts } from '../rowCounts.ts'

const NATIONAL_ID = '001099012345'
const FULL_NAME = 'Nguyễn Thị Bí Mật'
const RECORD_VICTIM = 'mutation($i: RecordVictimInput!) { recordVictim(input: $i) { externalRef } }'
const PERSONAL = { nationalId: NATIONAL_ID, fullName: FULL_NAME }
const victim = victimInput('EC-V-1', '2024-01-01T08:00:00+07:00', { personal: PERSONAL })
const literalVictim = (recordedAt: string, sex = 'FEMALE') =>
  `mutation { recordVictim(input: { externalRef: "EC-V-2", status: PRESUMED, recordedAt: "${recordedAt}", sex: ${sex}, citizenship: VIETNAMESE, forms: [], recruitmentMethod: OTHER, consentToCount: GIVEN, consentToShare: GIVEN, personal: { nationalId: "${NATIONAL_ID}" } }) { externalRef } }`

describe.each(await testProviders())('the error contract through the gateway on %s', (provider) => {
  const { net } = useNetwork(provider, { seed: false })
  let before: RowCounts
  beforeAll(async () => {
    before = await rowCounts(net)
  })

  /** Sends a bad request; checks the contract every refusal keeps and returns the first error. */
  const refused = async (query: string, variables: Record<string, unknown> | undefined, status: number, ...never: string[]) => {
    const res = await net.query(query, variables)
    const text = JSON.stringify(res.body)
    expect(res.status, text).toBe(status)
    expect(res.body.errors?.length, text).toBeGreaterThan(0)
    for (const e of res.body.errors!) {
      expect(Object.keys(ERROR_CODES)).toContain(e.extensions?.code)
      expect(e.extensions.code).not.toBe('INTERNAL_SERVER_ERROR')
      expect(e.extensions).not.toHaveProperty('response')
      expect(e.extensions).not.toHaveProperty('stacktrace')
    }
    for (const value of [NATIONAL_ID, FULL_NAME, ...never]) expect(text).not.toContain(value)
    return res.body.errors![0]
  }

  it('a syntax error is 400 GRAPHQL_PARSE_FAILED with its location, not 500', async () => {
    const e = await refused(`{ person(personRef: "${NATIONAL_ID}") { personRef }`, undefined, 400)
    expect(e.extensions.code).toBe('GRAPHQL_PARSE_FAILED')
    expect(e.message).toMatch(/Expected Name, found <EOF>/)
    expect(e.locations).toEqual([{ line: 1, column: expect.any(Number) }])
    const unterminated = await refused(`{ person(personRef: "${NATIONAL_ID}) { personRef } }`, undefined, 400)
    expect(unterminated.message).toMatch(/Unterminated string/)
  })

  it('a document over the token limit is a syntax error too (400)', async () => {
    const e = await refused(`{ ${Array.from({ length: 2600 }, (_, i) => `a${i}: __typename`).join(' ')} }`, undefined, 400)
    expect(e.extensions.code).toBe('GRAPHQL_PARSE_FAILED')
    expect(e.message).toMatch(/5000 tokens/)
  })

  it.each([['yesterday'], ['2026-11-20 10:00'], ['2024-02-30T10:00:00+07:00'], ['2024-07-15']])(
    'a malformed instant %j is BAD_USER_INPUT naming the field, in variables and in the document',
    async (bad) => {
      const e = await refused(RECORD_VICTIM, { i: { ...victim, recordedAt: bad } }, 400, bad)
      expect(e.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'i.recordedAt',
        problems: [{ field: 'i.recordedAt', reasonEn: expect.stringMatching(/ISO 8601 instant/) }],
      })
      const literal = await refused(literalVictim(bad), undefined, 400, bad)
      expect(literal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recordedAt' })
    },
  )

  it.each([['2024-02-30'], ['yesterday'], ['2024-7-1']])('a malformed day %j in a period is BAD_USER_INPUT naming period.from', async (bad) => {
    const stats = await refused(`{ provincialStatistics(period: { kind: CUSTOM, from: "${bad}", to: "2024-12-31" }) { periodCode } }`, undefined, 400, bad)
    expect(stats.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.from', problems: [{ reasonEn: expect.stringMatching(/calendar date/) }] })
    const filter = await refused(
      'query($f: CriminalCaseFilter) { criminalCases(first: 1, filter: $f) { totalCount } }',
      { f: { period: { kind: 'CUSTOM', from: bad, to: '2024-12-31' } } },
      400,
      bad,
    )
    expect(filter.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'f.period.from' })
  })

  it('a period that does not hold together is 400 with the field (checked in the subgraph)', async () => {
    const e = await refused('{ provincialStatistics(period: { kind: QUARTER, year: 2024, index: 9 }) { periodCode } }', undefined, 400)
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.index' })
  })

  it('an unknown enum literal names the field and echoes neither it nor the rest of the input', async () => {
    const e = await refused(RECORD_VICTIM, { i: { ...victim, sex: 'WOMANX' } }, 400, 'WOMANX')
    expect(e.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'i.sex',
      problems: [{ reasonVi: 'không có trong danh mục Sex', reasonEn: 'not a value of the enum Sex' }],
    })
    const literal = await refused(literalVictim('2024-01-01T08:00:00+07:00', 'WOMANX'), undefined, 400, 'WOMANX')
    expect(literal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sex' })
  })

  it('an unknown field or a wrong type in the variables never quotes the whole input', async () => {
    const extra = await refused(RECORD_VICTIM, { i: { ...victim, bogus: 'x' } }, 400)
    expect(extra.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'i.bogus' })
    const wrong = await refused(RECORD_VICTIM, { i: { ...victim, birthYear: `${NATIONAL_ID}9` } }, 400, `${NATIONAL_ID}9`)
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'i.birthYear' })
    const missing = await refused(RECORD_VICTIM, {}, 400)
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'i' })
  })

  it('an oversized string is BAD_USER_INPUT naming the field, before any subgraph', async () => {
    const long = `${NATIONAL_ID}${'x'.repeat(20_000)}`
    const e = await refused(RECORD_VICTIM, { i: { ...victim, personal: { ...PERSONAL, fullName: long } } }, 400)
    expect(e.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'i.personal.fullName',
      problems: [{ reasonEn: 'a string longer than 10000 characters' }],
    })
    const literal = await refused(`{ person(personRef: "${long}") { personRef } }`, undefined, 400)
    expect(literal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personRef' })
  })

  it('a validation reason that contains " / " keeps its English half', async () => {
    const e = await refused(RECORD_VICTIM, { i: { ...victim, externalRef: '#EC' } }, 400, '#EC')
    expect(e.extensions.problems).toEqual([
      { field: 'input.externalRef', reasonVi: 'mã tham chiếu chỉ gồm chữ, số và . _ / -', reasonEn: 'letters, digits and . _ / - only' },
    ])
  })

  it('a subgraph called with a malformed variable answers the same way (400, no value)', async () => {
    const op = { query: RECORD_VICTIM, variables: { i: { ...victim, sex: 'WOMANX', recordedAt: 'yesterday' } } }
    const res = await fetch(net.subgraphUrls.cases, {
      method: 'POST',
      body: JSON.stringify(net.gatewaySignature({ sub: 'x', agency: 'police', role: 'officer', unit: '99', purpose: 'investigation' }, op)),
      headers: { 'content-type': 'application/json' },
    })
    const text = await res.text()
    expect(res.status).toBe(400)
    for (const value of [NATIONAL_ID, FULL_NAME, 'WOMANX', 'yesterday']) expect(text).not.toContain(value)
    expect(
      JSON.parse(text)
        .errors.map((e: any) => e.extensions.field)
        .sort(),
    ).toEqual(['i.recordedAt', 'i.sex'])
  })

  it('mistakes in the HTTP request itself are 4xx typed errors too', async () => {
    const post = async (body: string, headers: Record<string, string> = {}) => {
      const res = await fetch(net.gatewayUrl, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await net.token()}`, ...headers },
      })
      return { status: res.status, body: (await res.json()) as { errors: { extensions: { code: string } }[] } }
    }
    const cases: [string, Record<string, string>, number, string][] = [
      [JSON.stringify({ query: '{ __typename }', operationName: 'Nope' }), {}, 400, 'OPERATION_RESOLUTION_FAILURE'],
      [JSON.stringify({ query: 'query A { __typename } query B { __typename }' }), {}, 400, 'OPERATION_RESOLUTION_FAILURE'],
      [JSON.stringify({ query: 'query($a: Int) { __typename }', variables: [NATIONAL_ID] }), {}, 400, 'BAD_REQUEST'],
      [`{"query": "{ __typename }", "variables": {"x": "${NATIONAL_ID}"`, {}, 400, 'BAD_REQUEST'],
      [JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' }, 400, 'BAD_REQUEST'],
      [JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1024 * 1024)}` }), {}, 413, 'PAYLOAD_TOO_LARGE'],
    ]
    for (const [body, headers, status, code] of cases) {
      const res = await post(body, headers)
      expect([res.status, res.body.errors[0]!.extensions.code]).toEqual([status, code])
      expect(JSON.stringify(res.body)).not.toContain(NATIONAL_ID)
    }
  })

  it('nothing was written by any refused request', async () => {
    expect(await rowCounts(net)).toEqual(before)
  })
})
