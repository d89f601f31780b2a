// Who is calling: the claims every request carries (from the caller's JWT at the gateway, then
// forwarded, signed, to the subgraphs).
import { z } from 'zod'
import { AdminUnitCodeSchema, adminUnits, AGENCY_IDS, byAgency, STEERING_COMMITTEE, type AgencyId } from '@lienthong/schema'
import { REQUEST_ID_PATTERN } from '../logging/requestId.ts'

/** The agency a caller belongs to: one of the registry's (schema/src/agencies.ts), or the steering committee. */
export type Agency = AgencyId | typeof STEERING_COMMITTEE
export const AGENCIES = [...AGENCY_IDS, STEERING_COMMITTEE] as readonly Agency[] as readonly [Agency, ...Agency[]]
export const ROLES = ['officer', 'supervisor', 'analyst', 'integrator', 'auditor'] as const
/**
 * Purposes of use a caller may declare (header `X-Purpose-Of-Use`) for a victim-level read; the
 * purpose travels, signed, with the identity and is written into the audit log.
 */
export const PURPOSES = ['investigation', 'prosecution', 'adjudication', 'victim_support', 'referral', 'repatriation', 'data_quality', 'audit'] as const
export type Purpose = (typeof PURPOSES)[number]
export type Role = (typeof ROLES)[number]

/** Which subgraph holds each agency's data (the procuracy and the court share one). */
export const AGENCY_SUBGRAPH = byAgency((a) => a.subgraph)

export const IdentitySchema = z.object({
  sub: z.string().min(1, 'cần mã người dùng / sub is required').max(128),
  agency: z.enum(AGENCIES, { error: `cơ quan không hợp lệ / agency must be one of ${AGENCIES.join(', ')}` }),
  role: z.enum(ROLES, { error: `vai trò không hợp lệ / role must be one of ${ROLES.join(', ')}` }),
  /** Administrative-unit scope: the caller sees this unit and everything under it. */
  unit: AdminUnitCodeSchema.refine((c) => adminUnits().get(c) != null, 'đơn vị không có trong danh mục / unknown administrative unit'),
  /** Declared per request (never in the token): why victim-level data is read. */
  purpose: z.enum(PURPOSES, { error: `mục đích sử dụng không hợp lệ / purpose must be one of ${PURPOSES.join(', ')}` }).optional(),
  /**
   * The client's operation as the gateway names it (its operation name and root fields, never
   * argument values), forwarded signed so that a subgraph's audit log names what the caller asked
   * for, not the gateway's `_entities` plumbing. Never in a token.
   */
  operation: z.string().max(300).optional(),
  /**
   * Set by the gateway on a request for entities (never in a token): where they sit in the caller's
   * operation, as field names from the root (`person`, `criminalCases.edges.node.victims`), so the
   * subgraph that owns the data can serve something on one path only (a referral's grant).
   */
  entityPath: z.string().max(512).optional(),
  /**
   * The request id the gateway gave the caller's request (never in a token), signed with the
   * identity so that a subgraph's logs and audit entries carry an id nobody else chose.
   */
  requestId: z.string().regex(REQUEST_ID_PATTERN).optional(),
  /**
   * Set by the gateway from the caller's header `x-dry-run: 1` (never from a token), signed with the
   * identity: every write of the request runs in full, then is rolled back, with no audit entry.
   */
  dryRun: z.literal(true).optional(),
})
export type Identity = z.infer<typeof IdentitySchema>
