// Which agencies' figures an answer lacks, from the gateway's errors: the service when named, else
// the path (each agency's section, reporting fields, victims' references, from the agency registry).
import { describe, expect, it } from 'vitest'
import { AGENCY_REGISTRY, agenciesOf, SUBGRAPH_NAMES } from '@lienthong/schema/agencies'
import { missingLines } from '../components/Missing.tsx'
import { AGENCY_OF_FIELD, agencyOfPath, missingAgencies, missingFiguresOf, missingOf } from '../missing.ts'

const unavailable = (service: string, path: (string | number)[]) => ({
  message: 'Không kết nối được / unavailable',
  path,
  extensions: { code: 'SUBGRAPH_UNAVAILABLE', service, reason: 'connect ECONNREFUSED' },
})

describe('the agency of a missing part of the answer', () => {
  it("knows every agency's section, reporting fields and victims' references from the registry", () => {
    for (const a of AGENCY_REGISTRY) {
      expect(AGENCY_OF_FIELD.get(a.statisticsSection)).toBe(a.id)
      expect(AGENCY_OF_FIELD.get(a.reportingKey)).toBe(a.id)
      expect(AGENCY_OF_FIELD.get(`${a.reportingKey}Reporting`)).toBe(a.id)
      if ('victimPersonRefs' in a) expect(AGENCY_OF_FIELD.get(a.victimPersonRefs.field)).toBe(a.id)
    }
    // aliases and indexes are skipped: the first field naming an agency decides
    expect(agencyOfPath(['u3', 'procuracy', 'filesAccepted'])).toBe('procuracy')
    expect(agencyOfPath(['reportingCompliance', 'borderGuard', 'periods', 2])).toBe('border_guard')
    expect(agencyOfPath(['provincialStatistics', 'victims'])).toBeUndefined()
  })

  it('takes the service when the error names one: every agency of its subgraph, or the one whose section the path names', () => {
    for (const s of SUBGRAPH_NAMES) {
      const m = missingOf(unavailable(s, ['provincialStatistics', 'victims']))
      expect(m?.agencies).toEqual(agenciesOf(s).map((a) => a.id))
      expect(m?.reason).toBe('unavailable')
    }
    const court = AGENCY_REGISTRY.find((a) => a.id === 'court')!
    expect(missingOf(unavailable(court.subgraph, ['current', court.statisticsSection]))?.agencies).toEqual(['court'])
    // a section of another subgraph than the one named does not narrow it
    expect(missingOf(unavailable(court.subgraph, ['provincialStatistics', 'support']))?.agencies).toEqual(agenciesOf(court.subgraph).map((a) => a.id))
    // Apollo's own name for it
    expect(missingOf({ path: ['provincialStatistics'], extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'border' } })).toEqual({
      agencies: ['border_guard'],
      reason: 'timeout',
      path: ['provincialStatistics'],
    })
  })

  it('reads the path when no service is named, with a generic reason for another code', () => {
    expect(missingOf({ path: ['reportingCompliance', 'socialAffairs'], extensions: { code: 'INTERNAL_SERVER_ERROR' } })).toEqual({
      agencies: ['social_affairs'],
      reason: 'unreadable',
      path: ['reportingCompliance', 'socialAffairs'],
    })
    // a figure combining agencies: missing, agency unknown
    expect(missingOf({ path: ['provincialStatistics', 'justiceFunnel'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } })).toEqual({
      agencies: [],
      reason: 'unavailable',
      path: ['provincialStatistics', 'justiceFunnel'],
    })
    // an unknown service name is no service
    expect(missingOf({ path: ['u0', 'border'], extensions: { service: 'nowhere' } })?.agencies).toEqual(['border_guard'])
  })

  it('leaves an error about the whole request to the caller (no path, no service)', () => {
    expect(missingOf({ message: 'Lỗi nội bộ / Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })).toBeNull()
    expect(missingFiguresOf([unavailable('border', ['provincialStatistics', 'border']), { extensions: { code: 'RATE_LIMITED' } }])).toBeNull()
    expect(missingFiguresOf([])).toEqual([])
  })
})

describe('the banner', () => {
  it('lists each agency once in the registry order, a timeout or an unreachable service over "could not be read"', () => {
    const missing = missingFiguresOf([
      { path: ['m2', 'kpis'], extensions: { code: 'SUBGRAPH_TIMEOUT', service: 'prosecutions' } },
      { path: ['current', 'procuracy'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      unavailable('border', ['current', 'borderGuardReporting']),
      { path: ['current', 'victims'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } },
    ])!
    expect(missingAgencies(missing)).toEqual([
      { agency: 'procuracy', reason: 'timeout' },
      { agency: 'court', reason: 'timeout' },
      { agency: 'border_guard', reason: 'unavailable' },
      { agency: null, reason: 'unavailable' },
    ])
    expect(missingLines('vi', missing)).toEqual([
      'Thiếu số liệu của Viện kiểm sát nhân dân — không trả lời kịp',
      'Thiếu số liệu của Tòa án nhân dân — không trả lời kịp',
      'Thiếu số liệu của Bộ Chỉ huy Bộ đội Biên phòng — không kết nối được',
      'Thiếu một phần số liệu — không kết nối được',
    ])
    expect(missingLines('en', missing.slice(2, 3))).toEqual(['No figures from Border Guard Command — could not be reached'])
    expect(missingLines('vi', [{ agencies: ['police'], reason: 'unreadable', path: ['provincialStatistics'] }])).toEqual([
      'Thiếu số liệu của Công an tỉnh — không đọc được',
    ])
  })
})
