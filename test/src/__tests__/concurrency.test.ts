// Optimistic concurrency as an integrator sees it through the gateway over real HTTP, on SQLite and
// PostgreSQL: every record changed after its creation carries `version`; a change names the version
// its sender read; a sender who read an older one gets CONFLICT (HTTP 409) naming the current
// version, in every agency's subgraph, and nothing of its change is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import { testProviders } from '@lienthong/kit/testing'
import { startNetwork, TEST_OFFICERS, type TestNetwork } from '../network.ts'

const world = demoWorld(DEV_NETWORK_KEY)
const RECEIVE = 'mutation($input: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $input) { id version } }'
const READ = 'query($id: ID!) { incomingReport(id: $id) { version traffickingRelated classifiedAt } }'
const CLASSIFY = `mutation($id: ID!, $input: ClassifyIncomingReportInput!) {
  classifyIncomingReport(id: $id, input: $input) { version traffickingRelated }
}`

describe.each(await testProviders())('optimistic concurrency through the gateway on %s', (provider) => {
  let net: TestNetwork
  beforeAll(async () => {
    net = await startNetwork(provider)
  })
  afterAll(() => net?.stop())

  it('answers the second of two officers who read the same version with CONFLICT naming the current one', async () => {
    const input = {
      externalRef: 'GW-VER-0001',
      kind: 'DENUNCIATION',
      channel: 'IN_PERSON',
      receivedAt: '2024-07-02T08:30:00+07:00',
      receivedByUnitCode: '99',
      unitCode: '99102',
    }
    const { body: received } = await net.query(RECEIVE, { input })
    const id = received.data.receiveIncomingReport.id
    // both read version 1
    const read = async () => (await net.query(READ, { id })).body.data.incomingReport
    expect((await read()).version).toBe(1)
    const first = await net.query(CLASSIFY, { id, input: { traffickingRelated: true, classifiedAt: '2024-07-03T08:00:00+07:00', version: 1 } })
    expect(first.body.errors).toBeUndefined()
    expect(first.body.data.classifyIncomingReport).toEqual({ version: 2, traffickingRelated: true })

    const second = await net.query(CLASSIFY, { id, input: { traffickingRelated: false, classifiedAt: '2024-07-04T08:00:00+07:00', version: 1 } })
    expect(second.status).toBe(409)
    expect(second.body.data ?? null).toBeNull()
    expect(second.body.errors).toHaveLength(1)
    expect(second.body.errors![0]).toMatchObject({
      message: expect.stringMatching(/^Bản ghi đã bị thay đổi.* \/ The record changed since you read it \(current version 2\)/),
      path: ['classifyIncomingReport'],
      extensions: { code: 'CONFLICT', field: 'input.version', currentVersion: 2, serviceName: 'cases' },
    })
    expect(await read()).toEqual({ version: 2, traffickingRelated: true, classifiedAt: '2024-07-03T01:00:00.000Z' })

    // the second officer reads again and decides on the current record
    const retried = await net.query(CLASSIFY, { id, input: { traffickingRelated: false, classifiedAt: '2024-07-04T08:00:00+07:00', version: 2 } })
    expect(retried.body.errors).toBeUndefined()
    expect(retried.body.data.classifyIncomingReport).toEqual({ version: 3, traffickingRelated: false })
  })

  it('reads the versions of several agencies in one query; the procuracy refuses a change against a version it no longer holds', async () => {
    const file = world.procuracyFiles.find((f) => !f.indictedAt)!
    const { body } = await net.query('query($id: ID!) { criminalCase(id: $id) { version procuracyFile { id version status } } }', { id: file.caseId })
    expect(body.errors).toBeUndefined()
    const { version: caseVersion, procuracyFile } = body.data.criminalCase
    expect(caseVersion).toBe(1)
    expect(procuracyFile.version).toBe(1)
    const procuracy = await net.as(TEST_OFFICERS.procuracy)
    const stale = await procuracy('mutation($input: ChangeProcuracyStatusInput!) { changeProcuracyStatus(input: $input) { id version } }', {
      input: {
        decisionRef: 'QD-GW-VER-0001',
        procuracyFileId: procuracyFile.id,
        status: procuracyFile.status,
        at: '2025-06-01T09:00:00+07:00',
        version: procuracyFile.version + 1,
      },
    })
    expect(stale.status).toBe(409)
    expect(stale.body.errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'input.version', currentVersion: 1, serviceName: 'prosecutions' })
  })
})
