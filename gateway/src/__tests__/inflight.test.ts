// The registry of subgraph queries in flight (datasources/inflight.ts) on its own: identical keys
// share one request while it is under way, each waiter gets its own copy, nothing outlives the
// request, a failure reaches every waiter. Through real HTTP: test/src/__tests__/inflight.test.ts.
import { describe, expect, it } from 'vitest'
import { InflightQueries, inflightKey } from '../datasources/inflight.ts'

/** A request the test answers when it wants. */
function pending<T>() {
  let answer!: (v: T) => void
  let fail!: (e: unknown) => void
  const promise = new Promise<T>((resolve, reject) => {
    answer = resolve
    fail = reject
  })
  return { promise, answer, fail }
}

const officer = { sub: 'o-1', agency: 'police', role: 'officer', unit: '99', purpose: 'investigation' }

describe('in-flight queries', () => {
  it('keys by service, caller, query and variables', () => {
    const key = (over: object) => inflightKey({ service: 'border', caller: officer, query: '{ a }', variables: { x: 1 }, ...over })
    const base = key({})
    expect(key({})).toBe(base)
    expect(key({ service: 'cases' })).not.toBe(base)
    expect(key({ query: '{ b }' })).not.toBe(base)
    expect(key({ variables: { x: 2 } })).not.toBe(base)
    for (const caller of [
      { sub: 'o-2' },
      { purpose: 'referral' },
      { unit: '01' },
      { role: 'supervisor' },
      { dryRun: true },
      { entityPath: 'person' },
      { operation: 'Q: a' },
    ])
      expect(key({ caller: { ...officer, ...caller } })).not.toBe(base)
    expect(key({ caller: { ...officer, requestId: 'another' } })).toBe(base) // one request id per client request: not a different caller
  })

  it('sends identical requests once while under way; each waiter gets its own copy', async () => {
    const inflight = new InflightQueries()
    const request = pending<{ data: { gates: { code: string }[] } }>()
    let sent = 0
    const send = () => {
      sent++
      return request.promise
    }
    const waiters = [inflight.run('k', send), inflight.run('k', send), inflight.run('k', send)]
    expect([sent, inflight.size, inflight.waiting]).toEqual([1, 1, 3])
    const original = { data: { gates: [{ code: 'A' }] } }
    request.answer(original)
    const answers = await Promise.all(waiters)
    answers[0]!.data.gates[0]!.code = 'changed'
    expect(answers.slice(1).map((a) => a.data.gates[0]!.code)).toEqual(['A', 'A'])
    expect(answers).not.toContain(original)
    expect([inflight.size, inflight.waiting]).toEqual([0, 0]) // nothing kept: the next one is sent
    await inflight.run('k', async () => original)
    expect(sent).toBe(1)
  })

  it('hands a lone waiter the answer itself (no copy), and a failure to every waiter', async () => {
    const inflight = new InflightQueries()
    const answer = { data: { x: 1 } }
    expect(await inflight.run('alone', async () => answer)).toBe(answer)
    const request = pending<object>()
    const waiters = [inflight.run('k', () => request.promise), inflight.run('k', () => request.promise)]
    request.fail(new Error('subgraph down'))
    for (const w of waiters) await expect(w).rejects.toThrow('subgraph down')
    expect(inflight.size).toBe(0)
  })
})
