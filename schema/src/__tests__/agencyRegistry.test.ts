import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse, type DocumentNode, type EnumTypeDefinitionNode, type FieldDefinitionNode } from 'graphql'
import { describe, expect, it } from 'vitest'
import {
  AGENCY_IDS,
  AGENCY_REGISTRY,
  REPORTING_AGENCY_SDL_FILE,
  reportingAgencySdl,
  agenciesOf,
  enumLabelsOf,
  KPI_CATALOGUE,
  PERIODIC_KINDS,
  REPORTING_AGENCIES,
  reportingFieldsOf,
  SUBGRAPH_NAMES,
  SUBGRAPHS,
  subgraphDir,
  subgraphSdl,
  vocabularyTypeDefs,
} from '../index.ts'
import { agenciesNamed, enumerations, REPOSITORY_ROOT } from '../../scripts/agencyEnumerations.ts'

/**
 * Files that still enumerate agencies because they belong to work under way elsewhere (NET-14:
 * the statistics are being rewritten); each must go once it reads the registry, and the test
 * fails when one no longer enumerates, so this list only shrinks.
 */
const PENDING: Record<string, string> = {}

const enumValues = (doc: DocumentNode, name: string) =>
  doc.definitions
    .filter((d): d is EnumTypeDefinitionNode => d.kind === 'EnumTypeDefinition' && d.name.value === name)
    .flatMap((d) => d.values?.map((v) => v.name.value) ?? [])

/** Fields of a type across its definition and extensions in a subgraph's SDL. */
function fieldsOf(doc: DocumentNode, type: string): string[] {
  return doc.definitions
    .flatMap((d) => ('name' in d && d.name?.value === type && 'fields' in d ? ((d.fields as readonly FieldDefinitionNode[] | undefined) ?? []) : []))
    .map((f) => f.name.value)
}

describe('the agency registry', () => {
  it('names each agency once, and agencies of one subgraph agree on its port and audit log', () => {
    expect(new Set(AGENCY_IDS).size).toBe(AGENCY_REGISTRY.length)
    for (const s of SUBGRAPH_NAMES) {
      const agencies = agenciesOf(s)
      expect(new Set(agencies.map((a) => a.port)).size, s).toBe(1)
      expect(new Set(agencies.map((a) => a.auditLogField)).size, s).toBe(1)
      expect(SUBGRAPHS[s]).toBe(agencies[0]!.port)
      expect(existsSync(path.join(subgraphDir(s), 'schema.graphql')), `subgraphs/${s}/schema.graphql`).toBe(true)
    }
    expect(new Set(Object.values(SUBGRAPHS)).size).toBe(SUBGRAPH_NAMES.length)
    expect(new Set(AGENCY_REGISTRY.map((a) => a.reportingKey)).size).toBe(AGENCY_REGISTRY.length)
  })

  it('is the list of reporting agencies', () => {
    expect(REPORTING_AGENCIES).toEqual(AGENCY_IDS)
  })

  it('owes periodic reports of the calendar only, and counts every KPI in exactly one agency', () => {
    for (const a of AGENCY_REGISTRY) for (const k of a.reports) expect(PERIODIC_KINDS).toContain(k)
    expect(AGENCY_REGISTRY.flatMap((a) => a.kpis).sort()).toEqual(KPI_CATALOGUE.map((k) => k.code).sort())
    expect(KPI_CATALOGUE.map((k) => [k.code, k.owner])).toEqual([
      ['K1', 'cases'],
      ['K2', 'cases'],
      ['K3', 'cases'],
      ['K4', 'prosecutions'],
      ['K5', 'prosecutions'],
    ])
  })

  it("equals the SDL's enum of reporting agencies (generated from it, vocabulary and supergraph), names included", () => {
    // npm run compose writes the enum from the registry: the committed file is what it writes now
    expect(readFileSync(path.join(REPOSITORY_ROOT, 'schema', REPORTING_AGENCY_SDL_FILE), 'utf8'), 'run npm run compose').toBe(reportingAgencySdl())
    expect(enumValues(parse(vocabularyTypeDefs()), 'ReportingAgency')).toEqual(AGENCY_IDS)
    // the names are the enum's labels (an SDL label is written once: the registry may not differ)
    const labels = enumLabelsOf(vocabularyTypeDefs()).get('ReportingAgency')!
    for (const a of AGENCY_REGISTRY) expect({ id: a.id, vi: a.nameVi, en: a.nameEn }).toEqual({ id: a.id, vi: labels.vi[a.id], en: labels.en[a.id] })
    expect(enumValues(parse(readFileSync(path.join(REPOSITORY_ROOT, 'schema/supergraph.graphql'), 'utf8')), 'ReportingAgency')).toEqual(AGENCY_IDS)
  })

  it("names fields each agency's subgraph serves: audit log, statistics section, reporting fields, offices, referral receivers", () => {
    for (const a of AGENCY_REGISTRY) {
      const sdl = parse(subgraphSdl(subgraphDir(a.subgraph)))
      const f = reportingFieldsOf(a)
      expect(fieldsOf(sdl, 'Query'), a.id).toContain(a.auditLogField)
      expect(fieldsOf(sdl, 'ProvincialStatistics'), a.id).toEqual(expect.arrayContaining([a.statisticsSection, f.period]))
      expect(fieldsOf(sdl, 'ReportingYear'), a.id).toContain(f.year)
      expect(fieldsOf(sdl, 'Mutation'), a.id).toContain(f.submit)
      if ('office' in a) expect(enumValues(sdl, 'ProsecutionOffice'), a.id).toContain(a.office)
      for (const r of a.imports) expect(fieldsOf(sdl, 'Mutation'), `${a.id} imports ${r.name}`).toContain(r.mutation)
    }
    const imported = AGENCY_REGISTRY.flatMap((a) => a.imports.map((r) => r.name))
    expect(new Set(imported).size, 'one name per imported record type').toBe(imported.length)
    const organisations = enumValues(parse(subgraphSdl(subgraphDir('support'))), 'SupportOrganisationType')
    for (const a of AGENCY_REGISTRY) for (const t of a.receivesReferralsFor) expect(organisations, a.id).toContain(t)
  })
})

describe('nothing but the registry enumerates agencies', () => {
  it('finds no source file of the repository (tests and generated code aside) naming two agencies', () => {
    const found = Object.fromEntries(enumerations())
    const unexpected = Object.fromEntries(Object.entries(found).filter(([f]) => !(f in PENDING)))
    expect(unexpected, 'read the agency registry (schema/src/agencies.ts) instead of listing agencies').toEqual({})
    for (const f of Object.keys(PENDING)) expect(found[f], `${f} reads the registry now: remove it from PENDING`).toBeDefined()
  })

  it('sees a list of agencies in literals, keys and shorthand keys, but not in comments, longer strings or a single subgraph word', () => {
    expect(agenciesNamed('x.ts', `export const A = ['police', 'court']`)).toEqual(['court', 'police'])
    expect(agenciesNamed('x.ts', `const counters = { cases: 1, support: 2 }`)).toEqual(['cases', 'support'])
    expect(agenciesNamed('x.ts', `import { a as cases, b as border } from 'm'\nexport const M = { cases, border }`)).toEqual(['border', 'cases'])
    expect(agenciesNamed('x.tsx', `const who = { police: 1 }; const x = <option value="border_guard" />`)).toEqual(['border_guard', 'police'])
    expect(agenciesNamed('x.ts', `type T = 'cases' | 'prosecutions'`)).toEqual(['cases', 'prosecutions'])
    // not lists
    expect(agenciesNamed('x.ts', `// police, court\nconst s = 'police and court'\nexport interface Plan { cases: string[]; contacts: number }`)).toEqual([])
    expect(agenciesNamed('x.ts', `const w = ['police']; const name = 'cases'`)).toEqual(['police'])
    expect(agenciesNamed('x.ts', `import { subgraph } from '@lienthong/cases'\nimport '@lienthong/border'`)).toEqual([])
    // a subgraph's own agencies, in its own folder, are one
    expect(agenciesNamed('subgraphs/prosecutions/src/x.ts', `const w = ['procuracy', 'court']`)).toEqual(['subgraphs/prosecutions'])
    expect(agenciesNamed('subgraphs/support/src/x.ts', `const w = ['procuracy', 'court']`)).toEqual(['court', 'procuracy'])
  })

  it('fails on a file planted in a repository', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lt-agencies-'))
    try {
      execFileSync('git', ['init', '-q'], { cwd: root })
      mkdirSync(path.join(root, 'gateway/src'), { recursive: true })
      writeFileSync(path.join(root, 'gateway/src/agencies.ts'), `export const SUBMITTERS = { police: 'police', social_affairs: 'social_affairs' }\n`)
      writeFileSync(path.join(root, 'gateway/src/ok.ts'), `export const caller = 'police'\n`)
      writeFileSync(path.join(root, 'gateway/src/agencies.test.ts'), `export const A = ['police', 'court']\n`)
      execFileSync('git', ['add', '.'], { cwd: root })
      writeFileSync(path.join(root, 'gateway/src/untracked.ts'), `export type Section = 'support' | 'border'\n`)
      expect(Object.fromEntries(enumerations(root))).toEqual({
        'gateway/src/agencies.ts': ['police', 'social_affairs'],
        'gateway/src/untracked.ts': ['border', 'support'],
      })
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
    expect(existsSync(path.join(REPOSITORY_ROOT, 'schema/src/agencies.ts'))).toBe(true)
  })
})
