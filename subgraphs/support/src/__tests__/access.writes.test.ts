// Writes of Social Affairs' records by caller (NET-7), in process on SQLite and PostgreSQL: only its
// officers and supervisors write; the audit log of victim-level reads and writes (hash-chained,
// served to auditors only, broken by any altered or deleted row). The log test reads the records the
// writes accepted here left behind: the two stay in one file.
import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import {
  appendOnlyOutcome,
  readVersion,
  auditHead,
  rootFieldNamesOf,
  rowCounts,
  testProviders,
  TEST_OFFICERS,
  withAppendOnlyLifted,
} from '@lienthong/kit/testing'
import { personRefOf } from '@lienthong/schema'
import { ANSWERING_AGENCIES } from '../domain/referralParties.ts'
import { ANALYST, at, AUDIT_LOG, AUDITOR, COMMITTEE_AUDITOR, OFFICER, person, POLICE_AUDITOR, supportAccessWorld } from './accessFixture.ts'
import { hospital, referralInput, writeOf } from './writeInputs.ts'

const OUTSIDERS: Identity[] = [
  TEST_OFFICERS.police,
  { ...TEST_OFFICERS.border_guard, role: 'supervisor' },
  { ...OFFICER, sub: 'test-social-analyst', role: 'analyst' },
]
const TABLES = ['supportCase', 'supportService', 'supportReferral', 'reintegrationFollowUp', 'hotlineContact', 'reportSubmission', 'auditEntry'] as const

describe.each(await testProviders())('support writes by caller and their audit on %s', (provider) => {
  const { sg, world, ext } = supportAccessWorld(provider)

  it('refuses every mutation to anyone but Social Affairs officers and supervisors, writing nothing', async () => {
    const { caseId, serviceId, referralId, contactId, otherContactId } = world
    const inputs: Record<string, Record<string, unknown>> = {
      receiveSupportCase: {
        externalRef: 'ACC-C-2',
        personRef: personRefOf('099900000302', DEV_NETWORK_KEY),
        receivedAt: at('2025-08-12'),
        facility: 'OTHER',
        unitCode: '99801',
        arrival: 'HOTLINE',
      },
      recordSupportConsent: { supportCaseId: caseId, consentToShare: 'GIVEN', recordedAt: at('2025-08-07'), version: 1 },
      assessSupportCase: { supportCaseId: caseId, screening: { result: 'PRESUMED_VICTIM', screenedAt: at('2025-08-05') }, version: 1 },
      recordSupportService: { externalRef: 'ACC-S-2', supportCaseId: caseId, type: 'MEDICAL_CARE', provider: hospital, startedOn: '2025-08-08' },
      endSupportService: { serviceId, endedOn: '2025-08-20', version: 1 },
      referSupportCase: referralInput('ACC-R-2', caseId, { reason: 'OTHER', forService: 'PSYCHOLOGICAL_SUPPORT', referredAt: at('2025-08-09') }),
      changeSupportReferralStatus: { referralId, status: 'ACCEPTED', at: at('2025-08-11') },
      recordReintegrationFollowUp: { externalRef: 'ACC-F-1', supportCaseId: caseId, followedUpAt: at('2025-09-01'), outcome: 'IN_PROGRESS' },
      recordHotlineContact: { externalRef: 'ACC-H-3', receivedAt: at('2025-08-12'), unitCode: '99801', channel: 'ONLINE', concernsTrafficking: false },
      forwardHotlineContact: { contactId, reportId: 'police-report-acc-1', forwardedAt: at('2025-08-10', '22:00'), version: 1 },
      closeHotlineContact: { contactId: otherContactId, closedAt: at('2025-08-11'), version: 1 },
      submitSocialAffairsReport: { period: { kind: 'YEAR', year: 2024 }, unitCode: '99' },
    }
    expect(rootFieldNamesOf(world.sdl, 'Mutation')).toEqual(Object.keys(inputs).sort())
    const mutation = (name: string) => writeOf(name, '__typename')
    const before = await rowCounts(sg.db, TABLES)
    for (const who of OUTSIDERS) {
      for (const [name, input] of Object.entries(inputs) as [string, Record<string, unknown>][]) {
        const r: any = await sg.execute(mutation(name), { input }, who)
        // NET-12: the police and the border guard answer referrals made to them; this one (to a
        // hospital, outside the network) only Social Affairs answers, so the resolver refuses it
        const answers =
          name === 'changeSupportReferralStatus' && ANSWERING_AGENCIES.includes(who.agency) && (who.role === 'officer' || who.role === 'supervisor')
        expect(ext(r), `${who.agency} ${who.role} ${name}`).toMatchObject({ code: 'FORBIDDEN', field: answers ? 'input.status' : name })
        expect(r.data?.[name] ?? null).toBeNull()
      }
    }
    expect(await rowCounts(sg.db, TABLES)).toEqual(before)
    // the same inputs are accepted from a Social Affairs officer: the refusals were the policy's
    // each change names the version of its record as read just before it (an earlier input may have changed it)
    const versionNow = (input: Record<string, unknown>) => {
      if (input.supportCaseId) return readVersion(sg.db.supportCase, { id: input.supportCaseId })
      if (input.serviceId) return readVersion(sg.db.supportService, { id: input.serviceId })
      return readVersion(sg.db.hotlineContact, { id: input.contactId })
    }
    for (const [name, input] of Object.entries(inputs) as [string, Record<string, unknown>][])
      await sg.ok(mutation(name), { input: 'version' in input ? { ...input, version: await versionNow(input) } : input })
    const after = await rowCounts(sg.db, TABLES)
    expect(after).toEqual({
      ...before,
      supportCase: before.supportCase + 1,
      supportService: before.supportService + 1,
      supportReferral: before.supportReferral + 1,
      reintegrationFollowUp: before.reintegrationFollowUp + 1,
      hotlineContact: before.hotlineContact + 1,
      reportSubmission: before.reportSubmission + 1,
      auditEntry: after.auditEntry,
    })
    expect(after.auditEntry).toBeGreaterThan(before.auditEntry) // the writes, audited
  })

  it('logs victim-level reads and writes (ids and field names, never values) and serves the log to auditors only', async () => {
    const { caseId, contactId } = world
    const head = await auditHead(sg.db)
    const legalAid = {
      externalRef: 'ACC-S-3',
      supportCaseId: caseId,
      type: 'LEGAL_AID',
      provider: { name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Hải Biên', type: 'LEGAL_AID_CENTRE' },
      startedOn: '2025-08-15',
    }
    const created = await sg.mutate(writeOf('recordSupportService', 'id type startedOn'), legalAid)
    const read = (
      await sg.ok('query($id: ID!) { supportCase(id: $id) { externalRef unitCode person { personRef } services { type provider { name } } } }', { id: caseId })
    ).supportCase
    expect(read.person.personRef).toBe(person)
    expect(read.services).toHaveLength(3)
    await sg.ok('query($id: ID!) { hotlineContact(id: $id) { status forwardedAt } }', { id: contactId })

    const log = (await sg.ok(AUDIT_LOG, { after: head }, AUDITOR)).supportAuditLog
    const serviceIds = (await sg.db.supportService.findMany({ where: { supportCaseId: caseId }, select: { id: true } })).map((s) => s.id).sort()
    expect(log.entries.map((e: any) => [e.operation, e.recordType, e.recordRefs, e.fields])).toEqual([
      // the fields the write set (all of a new record's) and those the answer returned
      ['write recordSupportService', 'SupportService', [created.id], ['endedOn', 'externalRef', 'id', 'provider', 'startedOn', 'supportCase', 'type']],
      ['read supportCase', 'SupportCase', [caseId], ['externalRef', 'person', 'services', 'unitCode']],
      ['read supportCase', 'SupportService', serviceIds, ['provider', 'type']],
      ['read hotlineContact', 'HotlineContact', [contactId], ['forwardedAt', 'status']],
    ])
    for (const e of log.entries) expect(e).toMatchObject({ actorSub: OFFICER.sub, agency: 'social_affairs', role: 'officer', purpose: 'victim_support' })
    const stored = JSON.stringify(await sg.db.auditEntry.findMany())
    for (const value of [person, 'ACC-C-1', '99801', 'Trung tâm', 'Cơ sở hỗ trợ', 'LEGAL_AID', 'VICTIM_SUPPORT_FACILITY', '2025-08-04', '2025-08-15'])
      expect(stored).not.toContain(value)
    expect(log.verification).toMatchObject({ ok: true, brokenAt: null, entries: await sg.db.auditEntry.count() })

    // paging, and the steering committee's auditors
    const page = (await sg.ok(AUDIT_LOG, { after: head, first: 1 }, COMMITTEE_AUDITOR)).supportAuditLog
    expect(page.entries.map((e: any) => e.seq)).toEqual([head + 1])
    expect(page.nextAfterSeq).toBe(head + 1)
    // nobody else: officers (even with a purpose), auditors of another agency, analysts
    for (const who of [OFFICER, { ...OFFICER, role: 'supervisor' } as Identity, POLICE_AUDITOR, ANALYST]) {
      const r: any = await sg.execute(AUDIT_LOG, {}, who)
      expect(ext(r), `${who.agency} ${who.role}`).toMatchObject({ code: 'FORBIDDEN', field: 'supportAuditLog' })
      expect(r.data?.supportAuditLog ?? null).toBeNull()
    }
  })

  it('breaks verification at an entry altered or deleted in the database', async () => {
    const verification = async () => (await sg.ok(AUDIT_LOG, { first: 1 }, AUDITOR)).supportAuditLog.verification
    const count = await sg.db.auditEntry.count()
    expect(count).toBeGreaterThan(3)
    const target = await sg.db.auditEntry.findUniqueOrThrow({ where: { seq: 3 } })
    // the database refuses it (append-only triggers); an administrator who turns them off first is caught by the chain
    expect(await appendOnlyOutcome(sg.db.auditEntry.update({ where: { seq: 3 }, data: { actorSub: 'someone-else' } }))).toEqual({
      table: 'AuditEntry',
      operation: 'UPDATE',
    })
    await withAppendOnlyLifted(sg.db, provider, 'AuditEntry', async () => {
      await sg.db.auditEntry.update({ where: { seq: 3 }, data: { fields: JSON.stringify(['externalRef']) } })
      expect(await verification()).toMatchObject({ ok: false, brokenAt: 3 })
      await sg.db.auditEntry.update({ where: { seq: 3 }, data: { fields: target.fields } })
      await sg.db.auditEntry.update({ where: { seq: 3 }, data: { actorSub: 'someone-else' } })
      expect(await verification()).toMatchObject({ ok: false, brokenAt: 3 })
      await sg.db.auditEntry.update({ where: { seq: 3 }, data: { actorSub: target.actorSub } })
      expect(await verification()).toMatchObject({ ok: true, entries: count })
      await sg.db.auditEntry.delete({ where: { seq: 2 } })
    })
    expect(await verification()).toMatchObject({ ok: false, brokenAt: 2 })
  })
})
