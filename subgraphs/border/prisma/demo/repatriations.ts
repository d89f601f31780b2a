// Demo repatriations: victims of the world's cross-border cases returned from the destination
// country through a gate facing it (land gates for CN and LA, seaports otherwise), plus persons
// known only to Social Affairs and the Border Guard; verification along the legal transitions.
import { demoId, keyedDigest, type DemoWorld, type Random } from '@lienthong/kit'
import { BORDER_GATES, gateReceivesFrom, gateUnitOn } from '../../src/domain/borderGates.ts'
import { RecordRepatriationSchema } from '../../src/validation/repatriation.ts'
import { DEMO_END } from './incidents.ts'

const DAY = 86_400_000
type Status = 'PENDING' | 'IN_PROGRESS' | 'VERIFIED' | 'NOT_CONFIRMED'

/** `digestKey`: the field key the subgraph runs with, so that re-sending a seeded reception replays it. */
export function demoRepatriations(world: DemoWorld, r: Random, digestKey: string) {
  const planned: { fromCountry: string; receivedAt: Date; personRefs: string[] }[] = []
  for (const c of world.cases) {
    if (c.routeKind !== 'CROSS_BORDER' || !c.destinationCountry || !r.chance(0.5)) continue
    const receivedAt = new Date(c.openedAt.getTime() + r.int(20, 150) * DAY)
    if (receivedAt > DEMO_END) continue
    planned.push({ fromCountry: c.destinationCountry, receivedAt, personRefs: r.sample(c.victimRefs, r.int(1, c.victimRefs.length)) })
  }
  const onlyOutside = world.persons.slice(125, 140).map((p) => p.personRef)
  for (let k = 0; k < 6; k++) {
    const receivedAt = new Date(Date.UTC(r.pick([2021, 2022, 2023, 2024, 2025]), r.int(0, 10), r.int(1, 28), r.int(1, 9)))
    planned.push({ fromCountry: r.pick(['CN', 'LA', 'KH', 'MY', 'TH']), receivedAt, personRefs: r.sample(onlyOutside, r.int(1, 2)) })
  }
  planned.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
  const seq = new Map<number, number>()
  const repatriations = []
  const persons = []
  for (const p of planned) {
    const year = p.receivedAt.getUTCFullYear()
    seq.set(year, (seq.get(year) ?? 0) + 1)
    const externalRef = `HH-${year}-${String(seq.get(year)).padStart(3, '0')}`
    const gates = BORDER_GATES.filter(
      (g) => (g.kind === 'LAND' ? g.neighbourCountry === p.fromCountry : !['CN', 'LA'].includes(p.fromCountry)) && gateReceivesFrom(g, p.fromCountry),
    )
    const gate = r.pick(gates)
    const status = r.weighted<Status>([
      ['VERIFIED', 70],
      ['NOT_CONFIRMED', 10],
      ['IN_PROGRESS', 12],
      ['PENDING', 8],
    ])
    const embassyRef =
      status === 'VERIFIED' || (status !== 'PENDING' && r.chance(0.5)) ? `DSQ-${p.fromCountry}-${year}-${String(r.int(1, 999)).padStart(3, '0')}` : null
    const input = { externalRef, fromCountry: p.fromCountry, gateCode: gate.code, receivedAt: p.receivedAt, personRefs: p.personRefs, embassyRef: null }
    const id = demoId(externalRef)
    const changedAt = status === 'PENDING' ? p.receivedAt : new Date(Math.min(p.receivedAt.getTime() + r.int(5, 60) * DAY, DEMO_END.getTime()))
    repatriations.push({
      id,
      ...input,
      personRefs: undefined,
      embassyRef,
      unitCode: gateUnitOn(gate, p.receivedAt)!,
      status,
      statusChangedAt: changedAt,
      inputDigest: keyedDigest(RecordRepatriationSchema.parse(input), digestKey),
      // verification started on the change date (IN_PROGRESS) or half-way to its conclusion
      verificationStartedAt: status === 'PENDING' ? null : status === 'IN_PROGRESS' ? changedAt : new Date((p.receivedAt.getTime() + changedAt.getTime()) / 2),
      verificationEndedAt: status === 'VERIFIED' || status === 'NOT_CONFIRMED' ? changedAt : null,
      embassyRefAt: embassyRef ? changedAt : null,
    })
    persons.push(...p.personRefs.map((personRef) => ({ repatriationId: id, personRef })))
  }
  return { repatriations: repatriations.map(({ personRefs: _p, ...x }) => x), persons }
}
