// Every field of every mutation input (and of the input types nested in it) is described
// "Vietnamese — English", the Vietnamese half opening with a short name a clerk recognises, the
// details after it in parentheses or after a colon: the import files take their column headings,
// XLSX templates and column docs from these descriptions (headingOf), so a clerk reads
// "Ngày tiếp nhận", never `receivedAt`, and two columns of one record never share a heading.
import { readFileSync } from 'node:fs'
import { buildASTSchema, getNamedType, isInputObjectType, parse, type GraphQLInputObjectType } from 'graphql'
import { describe, expect, it } from 'vitest'
import { SUPERGRAPH_PATH } from '../composition.ts'
import { bilingual, headingOf } from '../labels.ts'

const MAX_HEADING = 60
const schema = buildASTSchema(parse(readFileSync(SUPERGRAPH_PATH, 'utf8')), { assumeValidSDL: true })

/** The input types reachable from the arguments of every mutation, nested ones included. */
function mutationInputs(): GraphQLInputObjectType[] {
  const found = new Map<string, GraphQLInputObjectType>()
  const visit = (t: GraphQLInputObjectType) => {
    if (found.has(t.name)) return
    found.set(t.name, t)
    for (const f of Object.values(t.getFields())) {
      const named = getNamedType(f.type)
      if (isInputObjectType(named)) visit(named)
    }
  }
  for (const m of Object.values(schema.getMutationType()!.getFields()))
    for (const a of m.args) {
      const named = getNamedType(a.type)
      if (isInputObjectType(named)) visit(named)
    }
  return [...found.values()]
}

const VI_EN = /^\S.* — \S/
const oneLine = (d: string | null | undefined) => (d ?? '').replace(/\s+/g, ' ').trim()
/** The fields of an input type with their Vietnamese headings (an undescribed field fails the "described" test instead). */
const headings = (t: GraphQLInputObjectType) =>
  Object.values(t.getFields())
    .filter((f) => VI_EN.test(oneLine(f.description)))
    .map((f) => ({ field: f.name, heading: headingOf(bilingual(oneLine(f.description), f.name).vi) }))

describe('descriptions of the mutation inputs (the import columns)', () => {
  const inputs = mutationInputs()

  it('finds the inputs of the record types the importer writes', () => {
    const names = inputs.map((t) => t.name)
    for (const n of [
      'ReceiveIncomingReportInput',
      'RecordVictimInput',
      'VictimPersonalInput',
      'IndictInput',
      'ChargeInput',
      'SupportOrganisationInput',
      'IncidentPersonInput',
    ])
      expect(names).toContain(n)
  })

  it('every field is described "Vietnamese — English"', () => {
    const bare = inputs.flatMap((t) =>
      Object.values(t.getFields())
        .filter((f) => !VI_EN.test(oneLine(f.description)))
        .map((f) => `${t.name}.${f.name}`),
    )
    expect(bare).toEqual([])
  })

  it(`every field's Vietnamese heading (before " (" or ":") is short: at most ${MAX_HEADING} characters`, () => {
    const long = inputs.flatMap((t) =>
      headings(t)
        .filter(({ heading }) => !heading || heading.length > MAX_HEADING)
        .map(({ field, heading }) => `${t.name}.${field}: "${heading}"`),
    )
    expect(long).toEqual([])
  })

  it('no two fields of one input type share a Vietnamese heading', () => {
    const shared = inputs.flatMap((t) => {
      const byHeading = new Map<string, string[]>()
      for (const { field, heading } of headings(t)) byHeading.set(heading.toLowerCase(), [...(byHeading.get(heading.toLowerCase()) ?? []), field])
      return [...byHeading].filter(([, fields]) => fields.length > 1).map(([heading, fields]) => `${t.name}: "${heading}" (${fields.join(', ')})`)
    })
    expect(shared).toEqual([])
  })

  it('reads the heading before the first " (" or ":"', () => {
    expect(headingOf('Đơn vị hành chính (còn hiệu lực vào ngày đó: xã, huyện) ')).toBe('Đơn vị hành chính')
    expect(headingOf('Nước của đối tác: nước của văn phòng liên lạc')).toBe('Nước của đối tác')
    expect(headingOf('Ngày gửi / nhận yêu cầu')).toBe('Ngày gửi / nhận yêu cầu')
  })
})
