// Demo border incidents: exactly the shared world's incidents (same ids, persons and hand-overs),
// with a handling status, the police case and support cases they were handed to, and one of the
// case's suspects where the Border Guard intercepted the group.
import { keyedDigest, type DemoWorld, type Random } from '@lienthong/kit'
import { RecordBorderIncidentSchema } from '../../src/validation/borderIncident.ts'

const DAY = 86_400_000
export const DEMO_END = new Date('2025-12-31T10:00:00Z')

interface IncidentFields {
  externalRef: string
  occurredAt: Date
  placeType: string
  incidentType: string
  unitCode: string
  otherCountry: string | null
}
/** An incident as RecordBorderIncidentInput takes it (the demo's, or a test's own), its persons by role only. */
export function recordIncidentInput<I extends IncidentFields, R extends string>(
  i: I,
  persons: readonly { personRef: string; role: R }[],
): Pick<I, keyof IncidentFields> & { persons: { personRef: string; role: R }[] } {
  return {
    externalRef: i.externalRef,
    occurredAt: i.occurredAt,
    placeType: i.placeType,
    incidentType: i.incidentType,
    unitCode: i.unitCode,
    otherCountry: i.otherCountry,
    persons: persons.map(({ personRef, role }) => ({ personRef, role })),
  }
}

/** `digestKey`: the field key the subgraph runs with, so that an agency re-sending a seeded incident replays it. */
export function demoIncidents(world: DemoWorld, r: Random, digestKey: string) {
  const caseById = new Map(world.cases.map((c) => [c.id, c]))
  const support = new Map(world.supportCases.map((s) => [s.id, s]))
  const incidents = []
  const persons = []
  for (const i of world.borderIncidents) {
    const c = i.handedToCaseId ? caseById.get(i.handedToCaseId)! : null
    const involved: { personRef: string; role: 'PRESUMED_VICTIM' | 'SUSPECT' | 'OTHER'; supportCaseId: string | null }[] = [...i.persons]
    const suspect = c?.suspectRefs[0]
    if (c && suspect && i.incidentType !== 'RESCUE' && !involved.some((p) => p.personRef === suspect))
      involved.push({ personRef: suspect, role: 'SUSPECT', supportCaseId: null })
    const input = recordIncidentInput(i, involved)
    // handed to the police before the case was opened; otherwise mostly closed, a few still open
    const handedOverAt = c ? new Date(Math.min(i.occurredAt.getTime() + r.int(1, 7) * DAY, c.openedAt.getTime())) : null
    const open = !c && i.occurredAt.getUTCFullYear() === 2025 && r.chance(0.5)
    incidents.push({
      id: i.id,
      ...input,
      persons: undefined,
      inputDigest: keyedDigest(RecordBorderIncidentSchema.parse(input), digestKey),
      status: c ? ('HANDED_TO_POLICE' as const) : open ? ('OPEN' as const) : ('CLOSED' as const),
      handedToCaseId: c?.id ?? null,
      handedOverAt,
      closedAt: !c && !open ? new Date(Math.min(i.occurredAt.getTime() + r.int(3, 30) * DAY, DEMO_END.getTime())) : null,
    })
    for (const p of involved) {
      persons.push({
        incidentId: i.id,
        personRef: p.personRef,
        role: p.role,
        supportCaseId: p.supportCaseId,
        handedToSupportAt: p.supportCaseId ? support.get(p.supportCaseId)!.receivedAt : null,
      })
    }
  }
  return { incidents: incidents.map(({ persons: _p, ...x }) => x), persons }
}
