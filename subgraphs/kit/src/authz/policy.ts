// Who may do what, decided in the subgraph that owns the data (NET-7). One table of rules for the
// whole network, so that every agency's subgraph applies the same policy:
// - record-level reads: officers and supervisors only, with a declared purpose of use;
//   analysts and integrators get aggregates only; auditors get aggregates and the audit log;
// - victims' personal fields: officers and supervisors of the owning agency, within their unit
//   scope; another agency only through a grant naming that agency and a unit its caller's scope
//   covers (see `mayReadPersonal`, and ./grants.ts for where grants come from);
// - writes: officers and supervisors of the owning agency only (a subgraph may share a mutation
//   with named agencies whose records it concerns, see `AccessPolicy.sharedMutations`).
import { adminUnits } from '@lienthong/schema'
import { forbidden } from '../errors.ts'
import type { Agency, Identity, Purpose, Role } from '../identity/claims.ts'
import type { PersonalDataGrant } from './grants.ts'

/** Roles that work on individual records. */
export const RECORD_ROLES: ReadonlySet<Role> = new Set(['officer', 'supervisor'])
/** Roles that only ever see published aggregates (with small-cell suppression). */
export const PUBLISHED_ROLES: ReadonlySet<Role> = new Set(['analyst', 'integrator'])

/** True when a record placed at `unitCode` counts in the caller's scope unit (`adminUnits().unitsUnder`, as statistics and filters). */
export function inUnitScope(scope: string, unitCode: string | null | undefined): boolean {
  if (unitCode == null) return false
  return adminUnits().unitsUnder(scope).includes(unitCode)
}

/** Refuses a record-level read to roles that see aggregates only, and a read without purpose. */
export function assertRecordReader(identity: Identity | undefined, field: string): void {
  if (!identity || !RECORD_ROLES.has(identity.role)) {
    throw forbidden(field, 'vai trò này chỉ được xem số liệu tổng hợp', 'this role sees aggregates only, never individual records')
  }
  if (!identity.purpose) {
    throw forbidden(
      field,
      'cần khai báo mục đích sử dụng (tiêu đề X-Purpose-Of-Use)',
      'a purpose of use is required for victim-level data (header X-Purpose-Of-Use)',
    )
  }
}

/**
 * Who may run a root field that releases victim-level microdata for publication (e.g. the HTCDS
 * export): one agency's role, with one of the purposes named; everyone else is refused.
 */
export interface ReleaseRule {
  agency: Agency
  role: Role
  purposes: readonly Purpose[]
  /** How those callers are named in errors (Vietnamese, English). */
  name: readonly [vi: string, en: string]
}

/** Refuses a release to anyone but the rule's agency and role, and without one of its purposes. */
export function assertReleaser(identity: Identity | undefined, field: string, rule: ReleaseRule): void {
  if (!identity || identity.agency !== rule.agency || identity.role !== rule.role) {
    throw forbidden(field, `chỉ ${rule.name[0]} được xuất dữ liệu này`, `only ${rule.name[1]} may release this data`)
  }
  if (!identity.purpose || !rule.purposes.includes(identity.purpose)) {
    throw forbidden(
      field,
      `cần khai báo mục đích sử dụng ${rule.purposes.join(', ')} (tiêu đề X-Purpose-Of-Use)`,
      `this release needs the purpose of use ${rule.purposes.join(', ')} (header X-Purpose-Of-Use)`,
    )
  }
}

/** Refuses a write unless the caller is an officer or supervisor of one of `owners`. */
export function assertWriter(identity: Identity | undefined, owners: readonly Agency[], field: string, ownerVi: string, ownerEn: string): void {
  if (!identity || !owners.includes(identity.agency)) {
    throw forbidden(field, `chỉ ${ownerVi} được ghi hồ sơ này`, `only ${ownerEn} may write these records`)
  }
  if (!RECORD_ROLES.has(identity.role)) {
    throw forbidden(field, 'chỉ cán bộ nghiệp vụ hoặc lãnh đạo được ghi hồ sơ', 'only officers and supervisors may write records')
  }
}

export interface PersonalReadRule {
  /** The agency that collected the personal data. */
  owner: Agency
  /** Units of the record (e.g. the units of a victim's cases); the caller's scope must cover one. */
  units: readonly string[]
  /**
   * Grants to other agencies that the owning subgraph honours for this record and this request
   * (e.g. accepted, consented referrals): each names the receiving agency and its unit.
   */
  grants?: readonly PersonalDataGrant[]
}

/**
 * May the caller see a victim's personal fields? (Record-level reading is checked separately.)
 * The owning agency reads within its unit scope, and a grant never widens that scope; another
 * agency reads only through a grant naming it and a unit its caller's scope covers.
 */
export function mayReadPersonal(identity: Identity | undefined, rule: PersonalReadRule): boolean {
  if (!identity || !RECORD_ROLES.has(identity.role) || !identity.purpose) return false
  if (identity.agency === rule.owner) {
    if (adminUnits().get(identity.unit)?.level === 'PROVINCE') return true
    return rule.units.some((u) => inUnitScope(identity.unit, u))
  }
  return (rule.grants ?? []).some((g) => g.agency === identity.agency && inUnitScope(identity.unit, g.unitCode))
}

/** The FORBIDDEN error for a personal field the caller may not see (the value is never echoed). */
export function personalFieldForbidden(field: string) {
  return forbidden(
    field,
    'trường nhân thân chỉ dành cho cán bộ của cơ quan quản lý hồ sơ trong phạm vi địa bàn',
    'personal fields are only for officers of the owning agency within their unit scope',
  )
}
