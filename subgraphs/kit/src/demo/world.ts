// The demo world every subgraph seeds from: one province, 2021–2025, the same persons and cases
// seen by several agencies. Deterministic (fixed seed); national IDs are fabricated and never
// leave this module except as person references under the network key.
import { createHash } from 'node:crypto'
import { adminUnits, personRefOf, type Citizenship, type ExploitationForm, type RouteKind, type Sex } from '@lienthong/schema'
import { Random } from './random.ts'

export const DEMO_SEED = 138_2021
export const DEMO_YEARS = [2021, 2022, 2023, 2024, 2025] as const
const DAY = 86_400_000

export type Consent = 'GIVEN' | 'REFUSED' | 'WITHDRAWN' | 'NOT_ASKED'
export interface DemoPerson {
  personRef: string
  sex: Sex
  birthYear: number
  citizenship: Citizenship
  citizenshipCountry: string | null
  /** Consent to be counted in statistics and to share data with support services (victims). */
  consentToCount: Consent
  consentToShare: Consent
}
export interface DemoCase {
  id: string
  externalRef: string
  openedAt: Date
  codeArticle: 150 | 151
  unitCode: string
  routeKind: RouteKind
  destinationCountry: string | null
  forms: ExploitationForm[]
  victimRefs: string[]
  /** Suspects (later defendants at the procuracy and the court), from a pool of non-victims. */
  suspectRefs: string[]
}
/** A report received by the police hotline from Social Affairs' hotline (linked both ways). */
export interface DemoHotlineReport {
  reportId: string
  externalRef: string
  contactExternalRef: string
  receivedAt: Date
  unitCode: string
  caseId: string | null
}
export interface DemoProcuracyFile {
  id: string
  externalRef: string
  caseId: string
  acceptedAt: Date
  indictedAt: Date | null
}
export interface DemoSupportCase {
  id: string
  externalRef: string
  personRef: string
  receivedAt: Date
  facility: 'SOCIAL_PROTECTION_CENTRE' | 'VICTIM_SUPPORT_FACILITY' | 'OTHER'
  unitCode: string
}
export interface DemoBorderIncident {
  id: string
  externalRef: string
  occurredAt: Date
  unitCode: string
  otherCountry: string
  placeType: 'LAND_BORDER' | 'SEA' | 'PORT' | 'CHECKPOINT' | 'ISLANDS'
  incidentType: 'ILLEGAL_EXIT' | 'ILLEGAL_ENTRY' | 'INTERCEPTION' | 'SUSPECTED_TRAFFICKING' | 'RESCUE' | 'FORCED_LABOUR_AT_SEA'
  persons: { personRef: string; role: 'PRESUMED_VICTIM' | 'SUSPECT' | 'OTHER'; supportCaseId: string | null }[]
  /** Hand-over to the police: the criminal case it joined, if any. */
  handedToCaseId: string | null
}
export interface DemoWorld {
  persons: DemoPerson[]
  suspects: DemoPerson[]
  cases: DemoCase[]
  procuracyFiles: DemoProcuracyFile[]
  supportCases: DemoSupportCase[]
  borderIncidents: DemoBorderIncident[]
  hotlineReports: DemoHotlineReport[]
}

/** A stable UUID-shaped id for a demo record, derived from its external reference. */
export function demoId(externalRef: string): string {
  const h = createHash('sha256').update(`lien-thong-demo:${externalRef}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}

function randomDay(r: Random, year: number): Date {
  const start = Date.UTC(year, 0, 1) - 7 * 3600_000
  return new Date(start + r.int(0, 364) * DAY + r.int(8, 17) * 3600_000)
}

function communeOn(r: Random, at: Date, tag?: 'coastal' | 'land-border'): string {
  const units = adminUnits()
  const pool = units.unitsOn('COMMUNE', at).filter((u) => !tag || u.tags.includes(tag))
  return r.pick(pool).code
}

const worlds = new Map<string, DemoWorld>()

export function demoWorld(networkKey: string): DemoWorld {
  const cached = worlds.get(networkKey)
  if (cached) return cached
  const r = new Random(DEMO_SEED)
  const person = (victim: boolean): DemoPerson => {
    const nationalId = `099${String(r.int(0, 999_999_999)).padStart(9, '0')}`
    const citizenship = r.weighted<Citizenship>(
      victim
        ? [
            ['VIETNAMESE', 92],
            ['FOREIGN', 4],
            ['STATELESS', 1],
            ['UNDETERMINED', 3],
          ]
        : [
            ['VIETNAMESE', 80],
            ['FOREIGN', 20],
          ],
    )
    return {
      personRef: personRefOf(nationalId, networkKey),
      sex: victim
        ? r.weighted<Sex>([
            ['FEMALE', 70],
            ['MALE', 28],
            ['UNKNOWN', 2],
          ])
        : r.weighted<Sex>([
            ['MALE', 65],
            ['FEMALE', 35],
          ]),
      birthYear: victim ? r.int(1975, 2012) : r.int(1960, 2004),
      citizenship,
      citizenshipCountry: citizenship === 'FOREIGN' ? r.pick(['CN', 'KH', 'LA']) : null,
      consentToCount: victim
        ? r.weighted<Consent>([
            ['GIVEN', 88],
            ['REFUSED', 7],
            ['NOT_ASKED', 5],
          ])
        : 'NOT_ASKED',
      consentToShare: victim
        ? r.weighted<Consent>([
            ['GIVEN', 80],
            ['REFUSED', 12],
            ['NOT_ASKED', 8],
          ])
        : 'NOT_ASKED',
    }
  }
  const persons: DemoPerson[] = Array.from({ length: 140 }, () => person(true))
  const suspects: DemoPerson[] = Array.from({ length: 120 }, () => person(false))
  // persons 0..99 may be victims known to the police; 100..139 are known only to support/border
  const policeVictims = persons.slice(0, 100)
  const cases: DemoCase[] = []
  const procuracyFiles: DemoProcuracyFile[] = []
  for (const year of DEMO_YEARS) {
    const n = r.int(12, 20)
    for (let k = 1; k <= n; k++) {
      const externalRef = `CA-${year}-${String(k).padStart(3, '0')}`
      const openedAt = randomDay(r, year)
      const routeKind = r.weighted<RouteKind>([
        ['CROSS_BORDER', 70],
        ['DOMESTIC', 30],
      ])
      const victimRefs = r.sample(policeVictims, r.int(1, 3)).map((p) => p.personRef)
      const forms = r.sample<ExploitationForm>(
        ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'FORCED_MARRIAGE', 'COMMERCIAL_SURROGACY', 'ORGAN_REMOVAL', 'CHILD_ADOPTION'],
        r.weighted([
          [1, 80],
          [2, 20],
        ]),
      )
      const c: DemoCase = {
        id: demoId(externalRef),
        externalRef,
        openedAt,
        codeArticle: r.chance(0.15) ? 151 : 150,
        unitCode: communeOn(r, openedAt),
        routeKind,
        destinationCountry:
          routeKind === 'CROSS_BORDER'
            ? r.weighted([
                ['CN', 55],
                ['KH', 30],
                ['LA', 10],
                ['MY', 5],
              ])
            : null,
        forms,
        victimRefs,
        suspectRefs: r
          .sample(
            suspects,
            r.weighted([
              [1, 50],
              [2, 30],
              [3, 15],
              [5, 5],
            ]),
          )
          .map((p) => p.personRef),
      }
      cases.push(c)
      if (r.chance(0.85)) {
        const acceptedAt = new Date(openedAt.getTime() + r.int(45, 200) * DAY)
        const indicted = r.chance(0.9)
        const pref = `VKS-${year}-${String(k).padStart(3, '0')}`
        procuracyFiles.push({
          id: demoId(pref),
          externalRef: pref,
          caseId: c.id,
          acceptedAt,
          indictedAt: indicted ? new Date(acceptedAt.getTime() + r.int(20, 90) * DAY) : null,
        })
      }
    }
  }
  const caseVictimRefs = [...new Set(cases.flatMap((c) => c.victimRefs))]
  const supportCases: DemoSupportCase[] = []
  const supported = [...r.sample(caseVictimRefs, Math.floor(caseVictimRefs.length * 0.6)), ...persons.slice(100, 125).map((p) => p.personRef)]
  supported.forEach((personRef, i) => {
    const receivedAt = randomDay(r, r.pick(DEMO_YEARS))
    const ref = `LDTBXH-${String(i + 1).padStart(4, '0')}`
    supportCases.push({
      id: demoId(ref),
      externalRef: ref,
      personRef,
      receivedAt,
      unitCode: communeOn(r, receivedAt),
      facility: r.weighted([
        ['SOCIAL_PROTECTION_CENTRE', 60],
        ['VICTIM_SUPPORT_FACILITY', 30],
        ['OTHER', 10],
      ]),
    })
  })
  const borderIncidents: DemoBorderIncident[] = []
  const borderPersons = [...r.sample(caseVictimRefs, 20), ...persons.slice(115, 140).map((p) => p.personRef)]
  for (let i = 0; i < 30; i++) {
    const occurredAt = randomDay(r, r.pick(DEMO_YEARS))
    const atSea = r.chance(0.4)
    const ref = `BP-${String(i + 1).padStart(4, '0')}`
    borderIncidents.push({
      id: demoId(ref),
      externalRef: ref,
      occurredAt,
      unitCode: communeOn(r, occurredAt, atSea ? 'coastal' : 'land-border'),
      otherCountry: atSea ? r.pick(['MY', 'TH', 'ID']) : r.pick(['CN', 'KH', 'LA']),
      placeType: atSea ? r.pick(['SEA', 'PORT', 'ISLANDS'] as const) : r.pick(['LAND_BORDER', 'CHECKPOINT'] as const),
      incidentType: atSea
        ? r.pick(['FORCED_LABOUR_AT_SEA', 'RESCUE', 'INTERCEPTION'] as const)
        : r.pick(['ILLEGAL_EXIT', 'ILLEGAL_ENTRY', 'SUSPECTED_TRAFFICKING', 'RESCUE'] as const),
      persons: r.sample(borderPersons, r.int(1, 3)).map((personRef) => ({
        personRef,
        role: 'PRESUMED_VICTIM' as const,
        supportCaseId: supportCases.find((s) => s.personRef === personRef && s.receivedAt >= occurredAt)?.id ?? null,
      })),
      handedToCaseId: null,
    })
  }
  // incidents handed to the police: joined the case of one of their persons, opened afterwards
  for (const incident of borderIncidents) {
    const c = cases.find((x) => x.openedAt >= incident.occurredAt && x.victimRefs.some((v) => incident.persons.some((p) => p.personRef === v)))
    incident.handedToCaseId = c?.id ?? null
  }
  const hotlineReports: DemoHotlineReport[] = Array.from({ length: 24 }, (_, i) => {
    const receivedAt = randomDay(r, r.pick(DEMO_YEARS))
    const externalRef = `TB-DD-${String(i + 1).padStart(4, '0')}`
    const later = cases.filter((c) => c.openedAt > receivedAt && c.openedAt.getTime() - receivedAt.getTime() < 120 * DAY)
    return {
      reportId: demoId(externalRef),
      externalRef,
      contactExternalRef: `DD-${String(i + 1).padStart(4, '0')}`,
      receivedAt,
      unitCode: communeOn(r, receivedAt),
      caseId: later.length && r.chance(0.4) ? r.pick(later).id : null,
    }
  })
  const world = { persons, suspects, cases, procuracyFiles, supportCases, borderIncidents, hotlineReports }
  worlds.set(networkKey, world)
  return world
}
