// Legal status transitions, declared once per status field; anything else is refused with an
// ILLEGAL_TRANSITION error naming the field (e.g. a case cannot be solved before it was opened).
import { illegalTransition } from './errors.ts'

/** Each status's possible next statuses; a status not listed has no way out. */
export type TransitionTable<S extends string> = Readonly<Partial<Record<S, readonly S[]>>>

export interface StatusMachine<S extends string> {
  /** Whether `to` may follow `from` (staying in the same status is not a transition). */
  allows: (from: S, to: S) => boolean
  /** Throws ILLEGAL_TRANSITION naming `field` unless `from → to` is allowed. */
  assert: (from: S, to: S, field: string) => void
  /** Statuses with no way out. */
  final: readonly S[]
}

/** The machine of `table`, over every status `labelsVi` names (the SDL enum's values, with the labels its errors use). */
export function statusMachine<S extends string>(table: TransitionTable<S>, labelsVi: Readonly<Record<S, string>>): StatusMachine<S> {
  const allows = (from: S, to: S) => table[from]?.includes(to) ?? false
  return {
    allows,
    assert: (from, to, field) => {
      if (!allows(from, to)) {
        throw illegalTransition(field, `không thể chuyển từ "${labelsVi[from]}" sang "${labelsVi[to]}"`, `cannot go from ${from} to ${to}`)
      }
    },
    final: (Object.keys(labelsVi) as S[]).filter((s) => !table[s]?.length),
  }
}
