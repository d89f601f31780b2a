// Grants of a victim's personal fields to an agency other than the one holding them (NET-12).
// A grant names the receiving agency AND its unit; between subgraphs it travels as
// "agency:unitCode" (e.g. "social_affairs:99803") in an @inaccessible field that federation's
// @requires hands to the owning subgraph. The owning subgraph decides whether it honours a grant
// for a record (its own consent, the path it is read on); `mayReadPersonal` then requires the
// caller to be of the named agency with a unit scope covering the named unit.
import { AGENCIES, type Agency } from '../identity/claims.ts'

export interface PersonalDataGrant {
  agency: Agency
  unitCode: string
}

/** The wire form of a grant between subgraphs. */
export const grantKey = (g: PersonalDataGrant): string => `${g.agency}:${g.unitCode}`

/** Grants from their wire form; anything malformed grants nothing. */
export function parseGrants(keys: readonly string[] | null | undefined): PersonalDataGrant[] {
  return (keys ?? []).flatMap((key) => {
    const [agency, unitCode, ...rest] = key.split(':')
    return rest.length === 0 && unitCode && (AGENCIES as readonly string[]).includes(agency!) ? [{ agency: agency as Agency, unitCode }] : []
  })
}
