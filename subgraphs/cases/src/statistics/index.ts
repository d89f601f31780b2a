// Every statistics section of the police subgraph (ProvincialStatistics and the types under it).
import { funnelSection } from './justiceFunnel.ts'
import { kpiSection } from './kpiCounts.ts'
import { policeSection } from './policeStatistics.ts'
import { victimSection } from './victimStatistics.ts'

export { funnelSection, kpiSection, policeSection, victimSection }
export const SECTIONS = [policeSection, kpiSection, victimSection, funnelSection] as const
