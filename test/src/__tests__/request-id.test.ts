// The request id through the real gateway and subgraphs over real HTTP, on SQLite and PostgreSQL:
// answered in X-Request-Id (errors included), signed to the subgraph that wrote the audit entry,
// stored in that entry and shown by the audit log query, and written in every log line of the
// request — whose lines name the operation and its duration, never a variable or a personal value.
import { describe, expect, it, vi } from 'vitest'
import { REQUEST_ID_PATTERN } from '@lienthong/kit'
import { testProviders } from '@lienthong/kit/testing'
import { DEFAULT_CALLER } from '../network.ts'
import { victimInput } from '../records.ts'
import { useNetwork } from '../sharedNetwork.ts'

const FULL_NAME = 'Lò Thị Ghi Nhật Ký'
const NATIONAL_ID = '001099055501'
const RECORD_VICTIM = 'mutation RecordVictimForLogs($i: RecordVictimInput!) { recordVictim(input: $i) { externalRef fullName } }'
const victim = victimInput('RID-V-1', '2024-03-01T08:00:00+07:00', { personal: { nationalId: NATIONAL_ID, fullName: FULL_NAME } })
const AUDITOR = { sub: 'rid-auditor', agency: 'police', role: 'auditor', unit: '99' } as const

describe.each(await testProviders())('request ids through the gateway on %s', (provider) => {
  const lines: Record<string, any>[] = []
  const { net } = useNetwork(provider, { seed: false, logs: { write: (line: string) => void lines.push(JSON.parse(line)) } })

  /** The request lines of `id`, one per service that served it (written as each response ends: waited for, not timed). */
  const requestLines = (id: string, services: string[]) =>
    vi.waitFor(() => {
      const found = lines.filter((l) => l.requestId === id && l.msg === 'request')
      expect(found.map((l) => l.service).sort()).toEqual([...services].sort())
      return found
    })

  it('answers the id, signs it to the subgraph, stores it in the audit entry and logs it in every service, without values', async () => {
    const res = await fetch(net.gatewayUrl, {
      method: 'POST',
      body: JSON.stringify({ query: RECORD_VICTIM, variables: { i: victim } }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await net.token()}`, 'x-purpose-of-use': 'investigation' },
    })
    const body: any = await res.json()
    expect(body.errors).toBeUndefined()
    expect(body.data.recordVictim.fullName).toBe(FULL_NAME)
    const id = res.headers.get('x-request-id')!
    expect(id).toMatch(REQUEST_ID_PATTERN)

    // the audit entry written by that request in the police subgraph carries the same id
    const log = await (await net.as(AUDITOR))('{ policeAuditLog(first: 500) { entries { requestId operation recordType } verification { ok } } }')
    expect(log.body.errors).toBeUndefined()
    expect(log.body.data.policeAuditLog.verification.ok).toBe(true)
    expect(log.body.data.policeAuditLog.entries.filter((e: any) => e.requestId === id)).toEqual([
      // the victim record and the person record it created, each written once (NET-14 pipeline)
      { requestId: id, operation: 'write recordVictim', recordType: 'PoliceVictim' },
      { requestId: id, operation: 'write recordVictim', recordType: 'Person' },
    ])

    // one line at the gateway and one in the subgraph, each with the id, the operation and the duration
    const served = await requestLines(id, ['gateway', 'cases'])
    const [gateway, cases] = ['gateway', 'cases'].map((s) => served.find((l) => l.service === s))
    expect(gateway).toMatchObject({ level: 'info', agency: 'police', operation: 'RecordVictimForLogs', operationType: 'mutation', status: 200, outcome: 'ok' })
    expect(cases).toMatchObject({
      level: 'info',
      agency: 'police',
      operation: expect.stringMatching(/^RecordVictimForLogs__cases__\d+$/),
      operationType: 'mutation',
      clientOperation: 'RecordVictimForLogs: recordVictim',
      status: 200,
      outcome: 'ok',
    })
    for (const line of [gateway, cases]) expect(line!.durationMs).toEqual(expect.any(Number))

    // a refusal carrying the same personal values in its variables is logged by its code only
    const bad = await net.query(RECORD_VICTIM, { i: { ...victim, externalRef: 'RID-V-2', recordedAt: '2999-01-01T08:00:00+07:00' } })
    expect(bad.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT')
    const refused = await vi.waitFor(() => {
      const found = lines.filter((l) => l.msg === 'request' && l.service === 'gateway' && l.operation === 'RecordVictimForLogs' && l.outcome === 'error')
      expect(found).toHaveLength(1)
      return found[0]!
    })
    expect(refused).toMatchObject({ status: 400, errorCodes: ['BAD_USER_INPUT'] })
    expect(refused.requestId).toMatch(REQUEST_ID_PATTERN)

    const all = JSON.stringify(lines)
    for (const value of [FULL_NAME, NATIONAL_ID, 'RID-V-1', 'RID-V-2', 'FORCED_LABOUR', '2999-01-01', 'recordVictim(input', 'Bearer'])
      expect(all, value).not.toContain(value)
  })

  it("keeps the caller's well-formed X-Request-Id, replaces a malformed one, and answers it on refusals (400, 401)", async () => {
    const given = 'integrator-trace-000123'
    const kept = await fetch(net.gatewayUrl, {
      method: 'POST',
      body: JSON.stringify({ query: '{ __typename }' }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await net.token()}`, 'x-request-id': given },
    })
    expect(kept.headers.get('x-request-id')).toBe(given)
    await requestLines(given, ['gateway'])
    const replaced = await fetch(net.gatewayUrl, {
      method: 'POST',
      body: JSON.stringify({ query: '{ __typename }' }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await net.token()}`, 'x-request-id': 'not a well formed id' },
    })
    expect(replaced.headers.get('x-request-id')).toMatch(REQUEST_ID_PATTERN)
    const noToken = await fetch(net.gatewayUrl, {
      method: 'POST',
      body: JSON.stringify({ query: '{ __typename }' }),
      headers: { 'content-type': 'application/json' },
    })
    expect(noToken.status).toBe(401)
    const badPurpose = await fetch(net.gatewayUrl, {
      method: 'POST',
      body: JSON.stringify({ query: '{ __typename }' }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await net.token()}`, 'x-purpose-of-use': 'curiosity' },
    })
    expect(badPurpose.status).toBe(400)
    for (const [res, status, code] of [
      [noToken, 401, 'UNAUTHENTICATED'],
      [badPurpose, 400, 'BAD_USER_INPUT'],
    ] as const) {
      const id = res.headers.get('x-request-id')!
      expect(id).toMatch(REQUEST_ID_PATTERN)
      expect((await requestLines(id, ['gateway']))[0]).toMatchObject({ status, outcome: 'error', errorCodes: [code] })
    }
  })

  it('in a subgraph, takes only the id the gateway signed: a direct caller cannot choose it', async () => {
    const op = { query: '{ __typename }' }
    const send = (headers: Record<string, string>, body: object = op) =>
      fetch(net.subgraphUrls.cases, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } })
    const signed = await send({ 'x-request-id': 'chosen-by-caller-01' }, net.gatewaySignature({ ...DEFAULT_CALLER, requestId: 'signed-by-gateway-01' }, op))
    expect(signed.status).toBe(200)
    expect(signed.headers.get('x-request-id')).toBe('signed-by-gateway-01')
    // unsigned: refused, and the id is the subgraph's own, not the caller's
    const unsigned = await send({ 'x-request-id': 'chosen-by-caller-02' })
    expect(unsigned.status).toBe(401)
    expect(unsigned.headers.get('x-request-id')).toMatch(REQUEST_ID_PATTERN)
    expect(unsigned.headers.get('x-request-id')).not.toBe('chosen-by-caller-02')
    // a request id changed in the signed identity breaks the signature
    const body = net.gatewaySignature({ ...DEFAULT_CALLER, requestId: 'signed-by-gateway-02' }, op)
    const forged = await send({}, { ...body, extensions: { ...body.extensions, lt: { ...(body.extensions.lt as object), requestId: 'forged-by-caller-03' } } })
    expect(forged.status).toBe(401)
  })
})
