import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { GENESIS_HASH, nextAuditEntry, verifyAuditChain, type AuditEntry, type AuditFacts } from '../audit/chain.ts'
import { fromRow, toRow } from '../audit/log.ts'

const facts = (i: number): AuditFacts => ({
  at: new Date(Date.UTC(2025, 0, 1, 0, i)),
  actorSub: `officer-${i % 3}`,
  agency: 'police',
  role: 'officer',
  purpose: 'INVESTIGATION',
  operation: i % 2 ? 'read' : 'update',
  recordType: 'Victim',
  recordRefs: [`victim-${i}`],
  fields: ['fullName', 'phone'],
})
function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = []
  for (let i = 0; i < n; i++) out.push(nextAuditEntry(out.at(-1) ?? null, facts(i)))
  return out
}

describe('hash-chained audit log', () => {
  it('verifies an untouched chain and reports its head', () => {
    const c = chain(10)
    expect(verifyAuditChain(c)).toEqual({ ok: true, entries: 10, headHash: c[9]!.hash })
  })

  it('detects an altered entry, even one whose own hash was recomputed', () => {
    const c = chain(10)
    c[4] = { ...c[4]!, actorSub: 'someone-else' }
    expect(verifyAuditChain(c)).toMatchObject({ ok: false, brokenAt: 5, reason: 'entry 5 was altered' })
    const d = chain(10)
    const forged = nextAuditEntry(d[3]!, { ...facts(4), purpose: 'CURIOSITY' })
    d[4] = forged
    expect(verifyAuditChain(d)).toMatchObject({ ok: false, brokenAt: 6, reason: 'entry 6 does not follow entry 5' })
  })

  it('detects a deleted entry', () => {
    const c = chain(10)
    c.splice(6, 1)
    expect(verifyAuditChain(c)).toMatchObject({ ok: false, brokenAt: 7, reason: 'entry 7 is missing (deleted)' })
  })

  it('holds names of fields, never their values', () => {
    expect(JSON.stringify(chain(3))).not.toMatch(/Nguyễn|0912|Hà Nội/)
  })

  describe('request ids (NET-14)', () => {
    const withIds =
      (n: number, from = 0) =>
      (i: number): AuditFacts => ({ ...facts(i), requestId: i >= from && i < n ? `req-${String(i).padStart(8, '0')}` : null })
    function mixed(n: number, from: number): AuditEntry[] {
      const out: AuditEntry[] = []
      for (let i = 0; i < n; i++) out.push(nextAuditEntry(out.at(-1) ?? null, withIds(n, from)(i)))
      return out
    }

    it('leaves the hash of an entry without a request id as it was before request ids existed', () => {
      const [e] = chain(1)
      // the canonical text as written before NET-14: entries already stored keep verifying
      const before = JSON.stringify([
        1,
        e!.at.toISOString(),
        e!.actorSub,
        e!.agency,
        e!.role,
        e!.purpose,
        e!.operation,
        e!.recordType,
        e!.recordRefs,
        e!.fields,
        GENESIS_HASH,
      ])
      expect(e!.requestId).toBeNull()
      expect(e!.hash).toBe(createHash('sha256').update(before).digest('hex'))
    })

    it('verifies a chain whose older entries have no request id and newer ones have one', () => {
      const c = mixed(8, 4)
      expect(c.map((e) => e.requestId)).toEqual([null, null, null, null, 'req-00000004', 'req-00000005', 'req-00000006', 'req-00000007'])
      expect(verifyAuditChain(c)).toEqual({ ok: true, entries: 8, headHash: c[7]!.hash })
      // stored and read back as rows (a nullable column), still intact
      expect(verifyAuditChain(c.map(toRow).map(fromRow))).toMatchObject({ ok: true, entries: 8 })
      expect(fromRow({ ...toRow(c[0]!), requestId: undefined }).requestId).toBeNull()
    })

    it('detects a request id altered, removed or added afterwards', () => {
      const altered = mixed(8, 4)
      altered[5] = { ...altered[5]!, requestId: 'req-someone-else' }
      expect(verifyAuditChain(altered)).toMatchObject({ ok: false, brokenAt: 6, reason: 'entry 6 was altered' })
      const removed = mixed(8, 4)
      removed[6] = { ...removed[6]!, requestId: null }
      expect(verifyAuditChain(removed)).toMatchObject({ ok: false, brokenAt: 7, reason: 'entry 7 was altered' })
      const added = mixed(8, 4)
      added[1] = { ...added[1]!, requestId: 'req-00000001' }
      expect(verifyAuditChain(added)).toMatchObject({ ok: false, brokenAt: 2, reason: 'entry 2 was altered' })
    })
  })
})
