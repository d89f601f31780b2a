// This subgraph's statistics sections (each one statement per scope), in the order they are served.
import { contributionSection } from './contribution.ts'
import { procuracySection } from './procuracy.ts'
import { courtSection } from './court.ts'

export { contributionSection, procuracySection, courtSection }
export const SECTIONS = [contributionSection, procuracySection, courtSection] as const
