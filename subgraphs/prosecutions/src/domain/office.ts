// The acting office of a request (Viện kiểm sát or Tòa án). Writes are accepted only from the
// office that owns the record. The office comes from the verified identity the gateway forwards
// (NET-7: agency `procuracy` or `court`); nothing else names it. The kit's access policy already
// limits every mutation to officers and supervisors of these two agencies (src/server.ts); this
// check adds the per-record rule: the court never writes a procuracy record, nor the reverse.
import { forbidden } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import { agenciesOf } from '@lienthong/schema'
import { labelsOf } from './labels.ts'

export const OFFICES = ['PROCURACY', 'COURT'] as const
export type Office = (typeof OFFICES)[number]

/** Each agency's office (the agency registry's `office`). */
const AGENCY_OFFICE: Partial<Record<Identity['agency'], Office>> = Object.fromEntries(agenciesOf('prosecutions').map((a) => [a.id, a.office]))

/** The office of the verified caller, or null when the caller is neither the procuracy nor the court. */
export function actingOfficeOf(caller: Pick<Identity, 'agency'> | undefined): Office | null {
  return (caller && AGENCY_OFFICE[caller.agency]) ?? null
}

/** The offices' names (enum ProsecutionOffice of the SDL). */
const NAME_VI = labelsOf<Office>('ProsecutionOffice').vi

/** Throws unless the acting office is `owner` (FORBIDDEN naming the mutation field). */
export function assertOwner(acting: Office | null, owner: Office, field: string): void {
  if (acting == null) throw forbidden(field, 'chỉ Viện kiểm sát hoặc Tòa án được ghi', 'only the procuracy or the court may write here')
  if (acting !== owner) {
    throw forbidden(field, `chỉ ${NAME_VI[owner]} được ghi hồ sơ này`, `only the ${owner.toLowerCase()} may write this record`)
  }
}

/** A mutation's authorisation: only `owner` writes through it (FORBIDDEN naming the mutation). */
export const onlyBy = (owner: Office, mutation: string) => (ctx: { office: Office | null }) => assertOwner(ctx.office, owner, mutation)
