import { describe, expect, it } from 'vitest'
import { nextAuditEntry, verifyAuditChain, type AuditEntry, type AuditFacts } from '../audit/chain.ts'

const facts = (i: number): AuditFacts => ({
  at: new Date(Date.UTC(2025, 0, 1, 0, i)), actorSub: `officer-${i % 3}`, agency: 'police', role: 'officer', purpose: 'INVESTIGATION',
  operation: i % 2 ? 'read' : 'update', recordType: 'Victim', recordRefs: [`victim-${i}`], fields: ['fullName', 'phone'],
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
})
