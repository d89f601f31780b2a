// Demo cross-border cooperation: hand-over notices from neighbouring border posts before land
// repatriations, identity checks through ASEANAPOL for sea returns, and INTERPOL / ASEANAPOL
// requests about suspected trafficking and forced labour at sea; statuses along the transitions.
import { demoId, keyedDigest, type Random } from '@lienthong/kit'
import { RecordCooperationSchema } from '../../src/validation/cooperation.ts'
import { DEMO_END } from './incidents.ts'

const DAY = 86_400_000
type Status = 'OPEN' | 'IN_PROGRESS' | 'ANSWERED' | 'DECLINED' | 'CLOSED'
type Counterpart = 'INTERPOL' | 'ASEANAPOL' | 'NEIGHBOURING_BORDER_POST' | 'OTHER_FOREIGN_AUTHORITY'
type Subject = 'VERIFY_IDENTITY' | 'LOCATE_PERSON' | 'RESCUE' | 'HAND_OVER_PERSONS' | 'SUSPECT_INFORMATION' | 'OTHER'

interface Planned {
  direction: 'OUTGOING' | 'INCOMING'
  counterpart: Counterpart
  counterpartCountry: string
  subject: Subject
  requestedAt: Date
  incidentId: string | null
  repatriationId: string | null
}

export function demoCooperations(
  incidents: { id: string; occurredAt: Date; incidentType: string; otherCountry: string }[],
  repatriations: { id: string; receivedAt: Date; fromCountry: string; gateCode: string }[],
  r: Random,
  digestKey: string,
) {
  const planned: Planned[] = []
  for (const rp of repatriations) {
    if (!r.chance(0.6)) continue
    const land = rp.fromCountry === 'CN' || rp.fromCountry === 'LA'
    planned.push({
      direction: 'INCOMING',
      counterpart: land ? 'NEIGHBOURING_BORDER_POST' : r.pick(['ASEANAPOL', 'OTHER_FOREIGN_AUTHORITY'] as const),
      counterpartCountry: rp.fromCountry,
      subject: land ? 'HAND_OVER_PERSONS' : 'VERIFY_IDENTITY',
      requestedAt: new Date(rp.receivedAt.getTime() - r.int(3, 20) * DAY),
      incidentId: null,
      repatriationId: rp.id,
    })
  }
  for (const i of incidents) {
    if (!['SUSPECTED_TRAFFICKING', 'FORCED_LABOUR_AT_SEA', 'ILLEGAL_EXIT'].includes(i.incidentType) || !r.chance(0.6)) continue
    const neighbour = ['CN', 'LA', 'KH'].includes(i.otherCountry)
    planned.push({
      direction: 'OUTGOING',
      counterpart: neighbour && r.chance(0.5) ? 'NEIGHBOURING_BORDER_POST' : r.pick(['INTERPOL', 'ASEANAPOL'] as const),
      counterpartCountry: i.otherCountry,
      subject: r.pick(['SUSPECT_INFORMATION', 'LOCATE_PERSON', 'VERIFY_IDENTITY'] as const),
      requestedAt: new Date(Math.min(i.occurredAt.getTime() + r.int(1, 15) * DAY, DEMO_END.getTime())),
      incidentId: i.id,
      repatriationId: null,
    })
  }
  planned.sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime())
  const seq = new Map<number, number>()
  return planned.map((p) => {
    const year = p.requestedAt.getUTCFullYear()
    seq.set(year, (seq.get(year) ?? 0) + 1)
    const externalRef = `HTQT-${year}-${String(seq.get(year)).padStart(3, '0')}`
    const counterpartRef = p.counterpart === 'INTERPOL' ? `NCB-${p.counterpartCountry}-${year}-${r.int(100, 999)}` : null
    const input = { externalRef, ...p, counterpartRef }
    const status = r.weighted<Status>([
      ['CLOSED', 55],
      ['ANSWERED', 15],
      ['IN_PROGRESS', 15],
      ['OPEN', 8],
      ['DECLINED', 7],
    ])
    const at = (from: Date, min: number, max: number) => new Date(Math.min(from.getTime() + r.int(min, max) * DAY, DEMO_END.getTime()))
    const taken = status === 'OPEN' ? p.requestedAt : at(p.requestedAt, 1, 5)
    const answeredAt = status === 'ANSWERED' || status === 'CLOSED' ? at(taken, 3, 40) : null
    const closedAt = status === 'CLOSED' ? at(answeredAt!, 1, 10) : status === 'DECLINED' ? at(taken, 1, 20) : null
    return {
      id: demoId(externalRef),
      ...input,
      status,
      answeredAt,
      closedAt,
      statusChangedAt: closedAt ?? answeredAt ?? taken,
      inputDigest: keyedDigest(RecordCooperationSchema.parse(input), digestKey),
    }
  })
}

/**
 * The status history of seeded cooperation records, along the transitions: OPEN from the request,
 * IN_PROGRESS from when it was taken up (half-way to the answer or the refusal when not recorded),
 * then ANSWERED, CLOSED or DECLINED on their dates; the last status has no end.
 */
export function demoCooperationHistory(
  records: { id: string; status: string; requestedAt: Date; answeredAt: Date | null; closedAt: Date | null; statusChangedAt: Date }[],
) {
  const mid = (a: Date, b: Date) => new Date(Math.floor((a.getTime() + b.getTime()) / 2))
  return records.flatMap((c) => {
    const steps: { status: Status; at: Date }[] = [{ status: 'OPEN', at: c.requestedAt }]
    if (c.status === 'IN_PROGRESS') steps.push({ status: 'IN_PROGRESS', at: c.statusChangedAt })
    else if (c.status !== 'OPEN') steps.push({ status: 'IN_PROGRESS', at: mid(c.requestedAt, c.answeredAt ?? c.closedAt!) })
    if (c.answeredAt) steps.push({ status: 'ANSWERED', at: c.answeredAt })
    if (c.status === 'CLOSED' || c.status === 'DECLINED') steps.push({ status: c.status, at: c.closedAt! })
    return steps.map((s, k) => ({ cooperationId: c.id, status: s.status, at: s.at, endedAt: steps[k + 1]?.at ?? null }))
  })
}
