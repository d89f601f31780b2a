// The demo seed is what the API itself would accept: every record passes the mutation schemas,
// statuses are reachable by the legal transitions and dates follow each other.
import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import { adminUnits } from '@lienthong/schema'
import { borderDemo } from '../../prisma/seed.ts'
import { RecordBorderIncidentSchema } from '../validation/borderIncident.ts'
import { RecordRepatriationSchema } from '../validation/repatriation.ts'
import { RecordCooperationSchema } from '../validation/cooperation.ts'
import { cooperationStatus, repatriationStatus } from '../domain/statuses.ts'
import { borderGate } from '../domain/borderGates.ts'

const demo = borderDemo(DEV_NETWORK_KEY)
const world = demoWorld(DEV_NETWORK_KEY)

/** Whether `to` is reachable from `from` through the machine's transitions. */
function reachable<S extends string>(m: { allows: (a: S, b: S) => boolean }, all: readonly S[], from: S, to: S): boolean {
  const seen = new Set<S>([from])
  const queue = [from]
  while (queue.length) {
    const s = queue.shift()!
    for (const n of all)
      if (!seen.has(n) && m.allows(s, n)) {
        seen.add(n)
        queue.push(n)
      }
  }
  return seen.has(to)
}

describe('border demo seed', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(borderDemo(DEV_NETWORK_KEY))).toBe(JSON.stringify(demo))
  })

  it('records every incident of the world, each accepted by recordBorderIncident', () => {
    expect(demo.incidents.incidents.map((i) => i.id)).toEqual(world.borderIncidents.map((i) => i.id))
    for (const i of demo.incidents.incidents) {
      const persons = demo.incidents.persons.filter((p) => p.incidentId === i.id).map(({ personRef, role }) => ({ personRef, role }))
      const r = RecordBorderIncidentSchema.safeParse({ ...i, persons })
      expect(r.success, `${i.externalRef}: ${r.error?.message}`).toBe(true)
      if (i.handedOverAt) expect(i.handedOverAt.getTime()).toBeGreaterThanOrEqual(i.occurredAt.getTime())
      if (i.closedAt) expect(i.closedAt.getTime()).toBeGreaterThanOrEqual(i.occurredAt.getTime())
    }
  })

  it('receives repatriated persons through a gate facing their country, verified by the rules', () => {
    const personRefs = new Set([...world.persons, ...world.suspects].map((p) => p.personRef))
    for (const x of demo.repatriations.repatriations) {
      const refs = demo.repatriations.persons.filter((p) => p.repatriationId === x.id).map((p) => p.personRef)
      for (const ref of refs) expect(personRefs.has(ref)).toBe(true)
      const r = RecordRepatriationSchema.safeParse({ ...x, personRefs: refs, embassyRef: null })
      expect(r.success, `${x.externalRef}: ${r.error?.message}`).toBe(true)
      expect(borderGate(x.gateCode)!.unitCodes).toContain(x.unitCode)
      expect(adminUnits().isValidOn(x.unitCode, x.receivedAt)).toBe(true)
      expect(x.status === 'PENDING' || reachable(repatriationStatus, ['PENDING', 'IN_PROGRESS', 'VERIFIED', 'NOT_CONFIRMED'], 'PENDING', x.status)).toBe(true)
      if (x.status === 'VERIFIED') expect(x.embassyRef).toMatch(/^DSQ-/)
      expect(x.statusChangedAt.getTime()).toBeGreaterThanOrEqual(x.receivedAt.getTime())
    }
    expect(new Set(demo.repatriations.repatriations.map((x) => x.gateCode)).size).toBe(4)
  })

  it('keeps cooperation records valid, linked to seeded records, with dates in order', () => {
    const incidents = new Set(demo.incidents.incidents.map((i) => i.id))
    const reps = new Set(demo.repatriations.repatriations.map((x) => x.id))
    for (const c of demo.cooperations) {
      const r = RecordCooperationSchema.safeParse(c)
      expect(r.success, `${c.externalRef}: ${r.error?.message}`).toBe(true)
      if (c.incidentId) expect(incidents.has(c.incidentId)).toBe(true)
      if (c.repatriationId) expect(reps.has(c.repatriationId)).toBe(true)
      expect(reachable(cooperationStatus, ['OPEN', 'IN_PROGRESS', 'ANSWERED', 'DECLINED', 'CLOSED'], 'OPEN', c.status)).toBe(true)
      const times = [c.requestedAt, c.answeredAt, c.closedAt].filter((d): d is Date => d != null).map((d) => d.getTime())
      expect([...times].sort((a, b) => a - b)).toEqual(times)
    }
  })
})
