// The world the police access tests (NET-7) share: a case in commune 99101 with eight identified
// victims (one with personal fields), a report, a rescue in commune 99201 that freed a presumed
// victim known to no case, and callers of every agency, role and unit.
import { DEV_NETWORK_KEY, type DbProvider } from '@lienthong/kit'
import type { Agency, Identity, Role } from '@lienthong/kit/identity'
import { auditHead, subgraphUnderTest, TEST_OFFICERS } from '@lienthong/kit/testing'
import { personRefOf } from '@lienthong/schema'
import { subgraph } from '../server.ts'
import { victimInput as presumedVictim } from './writeInputs.ts'

export const AGENCIES: Agency[] = ['police', 'social_affairs', 'border_guard', 'procuracy', 'court', 'steering_committee']
export const ROLES: Role[] = ['officer', 'supervisor', 'analyst', 'integrator', 'auditor']
/** A caller; `purpose: null` declares none. */
export const who = (agency: Agency, role: Role, unit = '99', purpose: Identity['purpose'] | null = 'investigation'): Identity => ({
  sub: `t-${agency}-${role}-${unit}`,
  agency,
  role,
  unit,
  ...(purpose ? { purpose } : {}),
})
export const POLICE = TEST_OFFICERS.police
export const AUDITOR = who('police', 'auditor', '99', null)

/** The victim whose personal fields the matrix reads: a victim of a case in commune 99101 (district 991). */
export const A = {
  fullName: 'Nạn nhân Truy cập 901',
  nationalId: '099000000901',
  dateOfBirth: '1999-03-04',
  address: 'Thôn Thử, xã Kiểm',
  phone: '0900 000 901',
}
export const REF_A = personRefOf(A.nationalId, DEV_NETWORK_KEY)
/** A presumed victim known only from a rescue in commune 99201 (district 992), in no case. */
export const R = { fullName: 'Nạn nhân Giải cứu 902', phone: '0900 000 902' }
export const REF_R = '9'.repeat(64)
/** A victim the audit test records. */
export const W = { fullName: 'Nạn nhân Ghi 903', phone: '0900 000 903' }
export const REF_W = '8'.repeat(64)
export const PERSONAL = ['fullName', 'nationalId', 'dateOfBirth', 'address', 'phone'] as const

/** Seven more identified victims of the same case: 7 women and 1 man in all, ages and citizenships in small groups. */
export const OTHERS = [
  ['1', 'FEMALE', 2000, 'VIETNAMESE'],
  ['2', 'FEMALE', 2001, 'VIETNAMESE'],
  ['3', 'FEMALE', 1985, 'VIETNAMESE'],
  ['4', 'FEMALE', 1986, 'VIETNAMESE'],
  ['5', 'FEMALE', 1990, 'VIETNAMESE'],
  ['6', 'FEMALE', 2010, 'FOREIGN'],
  ['7', 'MALE', 2011, 'FOREIGN'],
] as const
/** A victim identified in March 2024. */
export const victimInput = (externalRef: string, over: Record<string, unknown>) =>
  presumedVictim(externalRef, { status: 'IDENTIFIED', recordedAt: '2024-03-02T09:00:00+07:00', identifiedAt: '2024-03-05T09:00:00+07:00', ...over })
export const RECORD_VICTIM = 'mutation($input: RecordVictimInput!) { recordVictim(input: $input) { externalRef } }'
/** "CODE field" of each error of an answer, sorted. */
export const errorsOf = (r: any) => (r.errors ?? []).map((e: any) => `${e.extensions?.code} ${e.extensions?.field}`).sort()

/** The police subgraph holding that world, started around the tests of the enclosing describe block. */
export function policeAccessWorld(provider: DbProvider) {
  const ids = { case: '', report: '', rescue: '' }
  const sg = subgraphUnderTest(subgraph, provider, {
    setup: async (sg) => {
      ids.case = (
        await sg.ok(`mutation { openCriminalCase(input: { externalRef: "CA-ACC-1", openedAt: "2024-03-01T09:00:00+07:00", codeArticle: 150, unitCode: "99101",
      routeKind: CROSS_BORDER, destinationCountry: "KH", forms: [FORCED_LABOUR] }) { id } }`)
      ).openCriminalCase.id
      ids.report = (
        await sg.ok(`mutation { receiveIncomingReport(input: { externalRef: "TG-ACC-1", kind: DENUNCIATION, channel: IN_PERSON, receivedAt: "2024-02-20T09:00:00+07:00",
      receivedByUnitCode: "99", unitCode: "99101" }) { id } }`)
      ).receiveIncomingReport.id
      ids.rescue = (
        await sg.ok(
          `mutation { recordRescueOperation(input: { externalRef: "GC-ACC-1", name: "Giải cứu thử", startedAt: "2024-04-01T09:00:00+07:00", unitCode: "99201" }) { id } }`,
        )
      ).recordRescueOperation.id
      await sg.ok(
        `mutation($c: ID!) { recordSuspect(input: { externalRef: "DT-ACC-1", caseId: $c, personRef: "${'c'.repeat(64)}", sex: MALE, citizenship: VIETNAMESE, role: RECRUITER, arrestStatus: AT_LARGE, wanted: true }) { id } }`,
        { c: ids.case },
      )
      await sg.mutate(RECORD_VICTIM, victimInput('NN-ACC-A', { caseId: ids.case, birthYear: 1999, personal: A }))
      for (const [d, sex, birthYear, citizenship] of OTHERS) {
        const citizenshipCountry = citizenship === 'FOREIGN' ? 'KH' : null
        await sg.mutate(
          RECORD_VICTIM,
          victimInput(`NN-ACC-${d}`, { personRef: d.repeat(64), caseId: ids.case, sex, birthYear, citizenship, citizenshipCountry }),
        )
      }
      await sg.mutate(
        RECORD_VICTIM,
        victimInput('NN-ACC-R', { personRef: REF_R, status: 'PRESUMED', identifiedAt: null, rescueOperationId: ids.rescue, personal: R }),
      )
    },
  })
  return {
    sg,
    ids,
    headSeq: () => auditHead(sg.db),
    auditRows: () => sg.db.auditEntry.findMany({ orderBy: { seq: 'asc' } }),
    /** The root fields of a type as the subgraph serves them (introspection), federation's `_` fields apart. */
    rootFields: async (type: 'Query' | 'Mutation') =>
      (await sg.ok(`{ __type(name: "${type}") { fields { name } } }`)).__type.fields
        .map((f: any) => f.name)
        .filter((n: string) => !n.startsWith('_'))
        .sort(),
  }
}
