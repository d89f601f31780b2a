// The agencies' accounting of pending work (thụ lý cũ + thụ lý mới), as Prisma filters so the
// counting runs in the database. For a period [start, end):
// - pending during the period: received before its end and not resolved before its start
//   (received during it, or received earlier and still unresolved at its start);
// - resolved by its end: those of them resolved before the end.
import type { Period } from '@lienthong/schema'

export function pendingDuring<F extends string, G extends string>(period: Pick<Period, 'start' | 'end'>, receivedField: F, resolvedField: G) {
  return {
    [receivedField]: { lt: period.end },
    OR: [{ [resolvedField]: null }, { [resolvedField]: { gte: period.start } }],
  } as Record<F, { lt: Date }> & { OR: Record<G, null | { gte: Date }>[] }
}

export function resolvedBy<F extends string, G extends string>(period: Pick<Period, 'start' | 'end'>, receivedField: F, resolvedField: G) {
  return {
    [receivedField]: { lt: period.end },
    [resolvedField]: { gte: period.start, lt: period.end },
  } as Record<F, { lt: Date }> & Record<G, { gte: Date; lt: Date }>
}
