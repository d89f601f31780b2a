// The agency registry: the one list of the network's agencies and of what the rest of the code
// needs to know about each. Nothing else enumerates agencies (schema/src/__tests__/agencyRegistry.test.ts
// fails when a file does); the subgraph list, the ports, the identity claims' agencies, the
// reporting agencies, the test officers, the dashboard's pickers are all derived from here.
// This module imports nothing at run time, so that the dashboard's browser build can bundle it
// (`@lienthong/schema/agencies`).
import type { KpiCode } from './kpi.ts'
import type { PeriodicKind } from './reportingCalendar.ts'

/** A record type an agency imports: the CLI's name, its names, the mutation writing one record, its key. */
export interface ImportedRecordType {
  name: string
  nameVi: string
  nameEn: string
  mutation: string
  key?: string
}

export interface AgencyEntry {
  /** The agency's id: the identity claim `agency`, the SDL enum `ReportingAgency`. */
  id: string
  /** Its names: the labels of its value of the SDL enum `ReportingAgency` (the registry test keeps them equal). */
  nameVi: string
  nameEn: string
  /** The subgraph that holds the agency's data (its folder under subgraphs/, package `@lienthong/<subgraph>`). */
  subgraph: string
  /** The subgraph's default port (every agency of one subgraph gives the same). */
  port: number
  /** The subgraph's audit-log root query field (auditors of its agencies and of the steering committee read it). */
  auditLogField: string
  /**
   * Only officers and supervisors (kit/src/authz/policy.ts RECORD_ROLES) of a subgraph's agencies
   * write its records; where one subgraph holds two agencies, the office that owns a record
   * (`office`) is the only one to write it (subgraphs/prosecutions/src/office.ts).
   */
  office?: string
  /** The agency's field of ProvincialStatistics (its figures; frozen into its periodic reports). */
  statisticsSection: string
  /**
   * The agency's name in the reporting fields: `ReportingYear.<key>`, `ProvincialStatistics.<key>Reporting`,
   * `Mutation.submit<Key>Report`.
   */
  reportingKey: string
  /** The periodic reports the agency owes (due dates: reportingCalendar.ts). */
  reports: readonly PeriodicKind[]
  /** The statutory targets counted in the agency's subgraph (kpi.ts). */
  kpis: readonly KpiCode[]
  /** The purpose of use its officers declare by default (the test officers' purpose). */
  officerPurpose: string
  /** Organisation types (`SupportReferral.toType`) whose referrals this agency receives and answers. */
  receivesReferralsFor: readonly string[]
  /**
   * The record types the agency loads in bulk (`lienthong import <name> <file>`), each written by one
   * public mutation (its `input`) and keyed by the agency's own reference (`key`, default `externalRef`).
   */
  imports: readonly ImportedRecordType[]
  /**
   * Victims the agency holds outside the police's records, handed to the police's victim statistics:
   * the ProvincialStatistics field of their person references (`@requires` in cases/statistics.graphql)
   * and the agency's line of `VictimStatistics.byAgency` (the SDL enum `VictimAgencyKey`).
   */
  victimPersonRefs?: { field: string; byAgencyKey: string }
}

const PERIODIC = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'] as const satisfies readonly PeriodicKind[]

export const AGENCY_REGISTRY = [
  {
    id: 'police',
    nameVi: 'Công an tỉnh',
    nameEn: 'Provincial Police',
    subgraph: 'cases',
    port: 4101,
    auditLogField: 'policeAuditLog',
    statisticsSection: 'police',
    reportingKey: 'police',
    reports: PERIODIC,
    kpis: ['K1', 'K2', 'K3'],
    officerPurpose: 'investigation',
    receivesReferralsFor: ['POLICE'],
    imports: [
      { name: 'incoming-reports', nameVi: 'Nguồn tin về tội phạm', nameEn: 'incoming reports', mutation: 'receiveIncomingReport' },
      { name: 'cases', nameVi: 'Vụ án', nameEn: 'criminal cases', mutation: 'openCriminalCase' },
      { name: 'suspects', nameVi: 'Đối tượng', nameEn: 'suspects', mutation: 'recordSuspect' },
      { name: 'victims', nameVi: 'Nạn nhân', nameEn: 'victims', mutation: 'recordVictim' },
      { name: 'rescues', nameVi: 'Cuộc giải cứu', nameEn: 'rescue operations', mutation: 'recordRescueOperation' },
    ],
  },
  {
    id: 'procuracy',
    nameVi: 'Viện kiểm sát nhân dân',
    nameEn: "People's Procuracy",
    subgraph: 'prosecutions',
    port: 4102,
    auditLogField: 'prosecutionsAuditLog',
    office: 'PROCURACY',
    statisticsSection: 'procuracy',
    reportingKey: 'procuracy',
    reports: PERIODIC,
    kpis: ['K4', 'K5'],
    officerPurpose: 'prosecution',
    receivesReferralsFor: [],
    imports: [
      { name: 'procuracy-files', nameVi: 'Hồ sơ thụ lý của Viện kiểm sát', nameEn: 'procuracy files', mutation: 'acceptProcuracyFile' },
      { name: 'indictments', nameVi: 'Cáo trạng', nameEn: 'indictments', mutation: 'indict' },
    ],
  },
  {
    id: 'court',
    nameVi: 'Tòa án nhân dân',
    nameEn: "People's Court",
    subgraph: 'prosecutions',
    port: 4102,
    auditLogField: 'prosecutionsAuditLog',
    office: 'COURT',
    statisticsSection: 'court',
    reportingKey: 'court',
    reports: PERIODIC,
    kpis: [],
    officerPurpose: 'adjudication',
    receivesReferralsFor: [],
    imports: [
      { name: 'court-files', nameVi: 'Hồ sơ thụ lý của Tòa án', nameEn: 'court files', mutation: 'acceptCourtFile' },
      { name: 'trials', nameVi: 'Phiên tòa và phán quyết', nameEn: 'trials and their verdicts', mutation: 'recordTrial', key: 'judgmentRef' },
    ],
  },
  {
    id: 'social_affairs',
    nameVi: 'Sở Lao động - Thương binh và Xã hội',
    nameEn: 'Social Affairs',
    subgraph: 'support',
    port: 4103,
    auditLogField: 'supportAuditLog',
    statisticsSection: 'support',
    reportingKey: 'socialAffairs',
    reports: PERIODIC,
    kpis: [],
    officerPurpose: 'victim_support',
    receivesReferralsFor: ['SOCIAL_PROTECTION_CENTRE', 'VICTIM_SUPPORT_FACILITY'],
    imports: [
      { name: 'support-cases', nameVi: 'Hồ sơ hỗ trợ', nameEn: 'support cases', mutation: 'receiveSupportCase' },
      { name: 'support-services', nameVi: 'Dịch vụ hỗ trợ', nameEn: 'support services', mutation: 'recordSupportService' },
      { name: 'referrals', nameVi: 'Chuyển tuyến', nameEn: 'referrals', mutation: 'referSupportCase' },
      { name: 'hotline-contacts', nameVi: 'Cuộc gọi đường dây nóng', nameEn: 'hotline contacts', mutation: 'recordHotlineContact' },
    ],
    victimPersonRefs: { field: 'supportPersonRefs', byAgencyKey: 'SUPPORT' },
  },
  {
    id: 'border_guard',
    nameVi: 'Bộ Chỉ huy Bộ đội Biên phòng',
    nameEn: 'Border Guard Command',
    subgraph: 'border',
    port: 4104,
    auditLogField: 'borderAuditLog',
    statisticsSection: 'border',
    reportingKey: 'borderGuard',
    reports: PERIODIC,
    kpis: [],
    officerPurpose: 'repatriation',
    receivesReferralsFor: ['BORDER_GUARD'],
    imports: [
      { name: 'border-incidents', nameVi: 'Vụ việc biên giới', nameEn: 'border incidents', mutation: 'recordBorderIncident' },
      { name: 'repatriations', nameVi: 'Tiếp nhận người trở về', nameEn: 'repatriations', mutation: 'recordRepatriation' },
      { name: 'cooperation', nameVi: 'Hợp tác quốc tế', nameEn: 'cross-border cooperation', mutation: 'recordCrossBorderCooperation' },
    ],
    victimPersonRefs: { field: 'borderPersonRefs', byAgencyKey: 'BORDER' },
  },
] as const satisfies readonly AgencyEntry[]

export type Agencies = (typeof AGENCY_REGISTRY)[number]
export type AgencyId = Agencies['id']
export type SubgraphName = Agencies['subgraph']
export type AgencyOf<S extends SubgraphName> = Extract<Agencies, { subgraph: S }>['id']
export type ReportingKey = Agencies['reportingKey']

/** The steering committee (Ban Chỉ đạo 138): a caller of the network (analysts, auditors), holding no data of its own. */
export const STEERING_COMMITTEE = 'steering_committee' as const

/** Every agency id, in the registry's order. */
export const AGENCY_IDS: AgencyId[] = AGENCY_REGISTRY.map((a) => a.id)

/** The registry entry of an agency. */
export function agencyEntry(id: AgencyId): Agencies {
  return AGENCY_REGISTRY.find((a) => a.id === id)!
}

/** The agencies whose data a subgraph holds, in the registry's order. */
export function agenciesOf<S extends SubgraphName>(subgraph: S): Extract<Agencies, { subgraph: S }>[] {
  return AGENCY_REGISTRY.filter((a): a is Extract<Agencies, { subgraph: S }> => a.subgraph === subgraph)
}

/** The ids of the agencies whose data a subgraph holds (its writers, the owners of its audit log). */
export function agencyIdsOf<S extends SubgraphName>(subgraph: S): AgencyOf<S>[] {
  return agenciesOf(subgraph).map((a) => a.id as AgencyOf<S>)
}

/** The agencies a subgraph makes periodic reports for, with their section of ProvincialStatistics. */
export function reportingSectionsOf<S extends SubgraphName>(subgraph: S): (readonly [AgencyOf<S>, string])[] {
  return agenciesOf(subgraph)
    .filter((a) => a.reports.length > 0)
    .map((a) => [a.id as AgencyOf<S>, a.statisticsSection] as const)
}

/** `{ [agency id]: f(entry) }` over the registry. */
export function byAgency<T>(f: (entry: Agencies) => T): Record<AgencyId, T> {
  return Object.fromEntries(AGENCY_REGISTRY.map((a) => [a.id, f(a)])) as Record<AgencyId, T>
}

/** `{ [subgraph]: f(name, its agencies) }` over the subgraphs, in the registry's order. */
export function bySubgraph<T>(f: (name: SubgraphName, agencies: Agencies[]) => T): Record<SubgraphName, T> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((s) => [s, f(s, agenciesOf(s))])) as Record<SubgraphName, T>
}

/** The subgraphs, in the registry's order (the first agency naming one places it). */
export const SUBGRAPH_NAMES: SubgraphName[] = [...new Set(AGENCY_REGISTRY.map((a) => a.subgraph))]

/** Each subgraph's default port. */
export const SUBGRAPHS: Readonly<Record<SubgraphName, number>> = bySubgraph((_, [first]) => first!.port)

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
/** The reporting fields of an agency in the SDL. */
export function reportingFieldsOf(entry: Pick<AgencyEntry, 'reportingKey'>) {
  return {
    year: entry.reportingKey,
    period: `${entry.reportingKey}Reporting`,
    submit: `submit${capitalised(entry.reportingKey)}Report`,
  }
}

/** The agencies whose victims join the police's victim statistics, with the field and line of each. */
export const VICTIM_CONTRIBUTORS: readonly { id: AgencyId; field: string; byAgencyKey: string }[] = AGENCY_REGISTRY.flatMap((a: AgencyEntry) =>
  a.victimPersonRefs ? [{ id: a.id as AgencyId, ...a.victimPersonRefs }] : [],
)

/** Where `npm run compose` writes the SDL enum of the reporting agencies (generated from this registry). */
export const REPORTING_AGENCY_SDL_FILE = 'vocabulary.agencies.graphql'

/**
 * The SDL of `enum ReportingAgency`, one value per registry entry labelled "Vietnamese — English"
 * with its names: the registry is the enum's one source (a new agency adds no SDL here).
 */
export function reportingAgencySdl(): string {
  const values = AGENCY_REGISTRY.map((a: AgencyEntry) => `  "${a.nameVi} — ${a.nameEn}"\n  ${a.id}\n`).join('')
  return [
    `# GENERATED by \`npm run compose\` from the agency registry (schema/src/agencies.ts) — do not edit.`,
    '# Served by every subgraph with the rest of the shared vocabulary.',
    '',
    '"Agency that owes periodic reports. Cơ quan có nghĩa vụ báo cáo."',
    `enum ReportingAgency {\n${values}}`,
    '',
  ].join('\n')
}
