// Every figure of Social Affairs' statistics section is a field of the served schema with its
// definition, "Vietnamese — English", as its SDL description (kit sectionDefinitionProblems), and
// every breakdown's labels are the SDL's.
import { describe, expect, it } from 'vitest'
import { buildASTSchema, parse } from 'graphql'
import { sectionDefinitionProblems } from '@lienthong/kit'
import { subgraphSdl } from '@lienthong/schema'
import { SUBGRAPH_DIR } from '../server.ts'
import { supportSection } from '../statistics/section.ts'
import { labelsOf } from '../domain/labels.ts'

describe('support statistics definitions', () => {
  it('declares only fields of the schema, each with a bilingual definition', () => {
    expect(supportSection.fields.length).toBeGreaterThan(10)
    // the served SDL, built in this module's copy of graphql (the subgraph server's schema comes
    // from @apollo/subgraph's copy, which the kit's isObjectType refuses as "another realm")
    const schema = buildASTSchema(parse(subgraphSdl(SUBGRAPH_DIR)), { assumeValidSDL: true })
    expect(sectionDefinitionProblems(schema, [supportSection])).toEqual([])
  })

  it('reads the referral statuses and service types of reports from the SDL, short labels only', () => {
    expect(labelsOf('SupportReferralStatus').vi).toEqual({
      IN_PROGRESS: 'Đang chuyển',
      ACCEPTED: 'Nơi nhận đã chấp nhận',
      REJECTED: 'Nơi nhận từ chối',
      DONE: 'Đã hoàn thành',
      REVOKED: 'Đã thu hồi',
    })
    expect(labelsOf('SupportServiceType').vi).toMatchObject({ ESSENTIAL_INITIAL_SUPPORT: 'Hỗ trợ nhu cầu thiết yếu ban đầu', LOAN: 'Vay vốn' })
  })
})
