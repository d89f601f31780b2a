// The acting office of a request (Viện kiểm sát or Tòa án). Writes are accepted only from the
// office that owns the record. The office comes from the verified identity the gateway forwards
// (NET-7: agency `procuracy` or `court`); only when a request carries no verified identity
// (before NET-7, in-process tools) is it read from the `x-office` request header. NET-7 retires
// the header: once every request is verified, the header is never consulted.
import type { IncomingHttpHeaders } from 'node:http'
import { z } from 'zod'
import { badUserInput, forbidden } from '@lienthong/kit'

export const OFFICES = ['PROCURACY', 'COURT'] as const
export type Office = (typeof OFFICES)[number]
export const OFFICE_HEADER = 'x-office'

const OfficeHeaderSchema = z.string().trim().toUpperCase().pipe(z.enum(OFFICES))

/** The office a request claims: absent, a known office, or an invalid header (refused at the first write). */
export type ActingOffice = { kind: 'none' } | { kind: 'office'; office: Office } | { kind: 'invalid' }

/** The verified caller, as far as this subgraph needs it (kit's identity claims). */
export interface VerifiedCaller { agency: string }
const AGENCY_OFFICE: Partial<Record<string, Office>> = { procuracy: 'PROCURACY', court: 'COURT' }

export function actingOfficeOf(headers: IncomingHttpHeaders, caller?: VerifiedCaller): ActingOffice {
  if (caller) {
    const office = AGENCY_OFFICE[caller.agency]
    return office ? { kind: 'office', office } : { kind: 'none' }
  }
  const raw = headers[OFFICE_HEADER]
  if (raw == null) return { kind: 'none' }
  const r = OfficeHeaderSchema.safeParse(Array.isArray(raw) ? raw[0] : raw)
  return r.success ? { kind: 'office', office: r.data } : { kind: 'invalid' }
}

const NAME_VI: Record<Office, string> = { PROCURACY: 'Viện kiểm sát', COURT: 'Tòa án' }

/** Throws unless the acting office is `owner` (FORBIDDEN naming the mutation field). */
export function assertOwner(acting: ActingOffice, owner: Office, field: string): void {
  if (acting.kind === 'invalid') {
    throw badUserInput([{ field: OFFICE_HEADER, reasonVi: 'cơ quan phải là PROCURACY hoặc COURT', reasonEn: 'the office must be PROCURACY or COURT' }])
  }
  if (acting.kind === 'none') throw forbidden(field, 'chỉ Viện kiểm sát hoặc Tòa án được ghi', 'only the procuracy or the court may write here')
  if (acting.office !== owner) {
    throw forbidden(field, `chỉ ${NAME_VI[owner]} được ghi hồ sơ này`, `only the ${owner.toLowerCase()} may write this record`)
  }
}
