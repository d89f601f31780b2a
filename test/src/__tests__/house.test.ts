// The house rules, checked on the repository itself (docs/architecture.md "One house"):
// every agency's subgraph has the same inner shape; writes go through the kit's one pipeline and
// statistics through its one section declaration; enum labels are written once, in the SDL;
// files stay small.
import { describe, expect, it } from 'vitest'
import { SUBGRAPH_NAMES } from '@lienthong/schema'
import { entries, labelPairs, ownFiles, read, sdlEnums } from '../house.ts'

const SUBGRAPHS = SUBGRAPH_NAMES.map((name) => `subgraphs/${name}`)
const CODE = /\.(ts|tsx)$/
const isTest = (f: string) => /(^|\/)__tests__\/|\.test\.tsx?$/.test(f)

/** The shape every subgraph has: these folders and files, and nothing else at these levels. */
const LAYOUT = {
  '.': ['README.md', 'codegen.ts', 'package.json', 'prisma/', 'prisma.config.ts', 'src/', 'tsconfig.json', 'vitest.config.ts'],
  prisma: ['postgresql/', 'seed.ts', 'sqlite/'],
  src: ['__tests__/', 'context.ts', 'db.ts', 'domain/', 'index.ts', 'loaders/', 'mutations/', 'resolvers/', 'server.ts', 'statistics/', 'validation/'],
} as const
const REQUIRED = [
  'src/domain/statuses.ts',
  'src/domain/labels.ts',
  'src/mutations/index.ts',
  'src/resolvers/index.ts',
  'src/resolvers/Query.ts',
  'src/resolvers/Mutation.ts',
  'src/resolvers/ProvincialStatistics.ts',
]

describe('one subgraph layout', () => {
  for (const [level, expected] of Object.entries(LAYOUT)) {
    it(`every subgraph has the same ${level === '.' ? 'top level' : `${level}/`}`, () => {
      for (const dir of SUBGRAPHS) {
        // besides the listed entries a subgraph holds only its SDL files (prisma/: its demo data)
        const found = entries(`${dir}/${level}`).filter((e) => !(level === '.' && e.endsWith('.graphql')) && !(level === 'prisma' && /^demo/.test(e)))
        expect({ dir, entries: found }).toEqual({ dir, entries: [...expected].sort() })
      }
    })
  }

  it('holds the files the house names', () => {
    for (const dir of SUBGRAPHS) {
      const missing = REQUIRED.filter((f) => !entries(`${dir}/${f.split('/').slice(0, -1).join('/')}`).includes(f.split('/').at(-1)!))
      expect({ dir, missing }).toEqual({ dir, missing: [] })
      expect({ dir, schema: entries(dir).includes('schema.graphql') }).toEqual({ dir, schema: true })
    }
  })

  it('writes only through the kit pipeline: a mutation file declares input, transition and write', () => {
    const own = ownFiles().filter((f) => SUBGRAPHS.some((d) => f.startsWith(`${d}/src/`)) && CODE.test(f) && !isTest(f))
    const offenders = own.flatMap((f) => {
      const text = read(f)
      const bad = [/\binTransaction\(/, /\bcreateOnce\(/, /\.audit\.wrote\(/, /\bfingerprint\(/, /\binputDigest\(/].filter((re) => re.test(text))
      const isMutationFile = /\/src\/mutations\/(?!index\.ts)[^/]+\.ts$/.test(f)
      const declares = !isMutationFile || /\bmutation\(\{/.test(text)
      return [...bad.map((re) => `${f}: ${re.source}`), ...(declares ? [] : [`${f}: declares no mutation({ … })`])]
    })
    expect(offenders).toEqual([])
  })

  it('counts statistics only through section declarations', () => {
    const own = ownFiles().filter((f) => SUBGRAPHS.some((d) => f.startsWith(`${d}/src/`)) && CODE.test(f) && !isTest(f))
    const offenders = own.filter((f) => /\b(countFigures|onceForScope)\(/.test(read(f)))
    expect(offenders).toEqual([])
  })

  it('keeps one idempotency column, inputDigest, beside every agency reference', () => {
    for (const dir of SUBGRAPHS) {
      const prisma = entries(`${dir}/prisma/sqlite`)
        .filter((f) => f.endsWith('.prisma'))
        .map((f) => read(`${dir}/prisma/sqlite/${f}`))
        .join('\n')
      expect({ dir, legacy: prisma.match(/^\s+(fingerprint|payloadHash)\s/gm) ?? [] }).toEqual({ dir, legacy: [] })
      for (const model of prisma.split(/^model /m).slice(1)) {
        const name = model.split(/\s/)[0]
        if (/^\s+externalRef\s+String\s+@unique/m.test(model))
          expect({ dir, model: name, inputDigest: /^\s+inputDigest\s/m.test(model) }).toEqual({ dir, model: name, inputDigest: true })
      }
    }
  })
})

describe('enum labels come from the SDL', () => {
  const enums = sdlEnums(SUBGRAPHS)
  const labelsOfValue = new Map<string, Set<string>>()
  for (const e of enums.values()) for (const v of e.values) (labelsOfValue.get(v) ?? labelsOfValue.set(v, new Set()).get(v)!).add(e.vi[v]!)

  it('every enum value has a "Vietnamese — English" description', () => {
    const bare = [...enums].flatMap(([name, e]) => e.values.filter((v) => e.vi[v] === v && e.en[v] === v).map((v) => `${name}.${v}`))
    expect(bare).toEqual([])
  })

  it("no source file writes a label that differs from the SDL, nor a second copy of an enum's labels", () => {
    const code = ownFiles().filter((f) => CODE.test(f) && !isTest(f))
    const problems = code.flatMap((f) => {
      const pairs = labelPairs(read(f)).filter((p) => labelsOfValue.has(p.value))
      const differ = pairs.filter((p) => !labelsOfValue.get(p.value)!.has(p.label)).map((p) => `${f}:${p.line} ${p.value} "${p.label}" differs from the SDL`)
      const copies = pairs.length >= 2 ? [`${f}: a copy of SDL labels (${pairs.map((p) => p.value).join(', ')})`] : []
      return [...differ, ...copies]
    })
    expect(problems).toEqual([])
  })

  it('the detector finds a differing label and a copy', () => {
    expect(labelPairs(`const L = { OPEN: 'Mới', CLOSED: 'Đã kết thúc', note: 'x' }`).map((p) => p.value)).toEqual(['OPEN', 'CLOSED'])
  })
})

describe('files stay small', () => {
  // Every file of our own: product code, SDL, tests, their fixtures and the demo data (generated
  // code is not ours: ownFiles leaves it out; docs/ holds documents, not code).
  it('no file of our own is over 300 lines', () => {
    const long = ownFiles()
      .filter((f) => /\.(ts|tsx|graphql|prisma)$/.test(f) && !f.startsWith('docs/'))
      .map((f) => ({ f, lines: read(f).split('\n').length }))
      .filter(({ lines }) => lines > 300)
      .map(({ f, lines }) => `${f}: ${lines}`)
    expect(long).toEqual([])
  })
})
