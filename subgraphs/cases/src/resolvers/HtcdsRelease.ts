// Query.htcdsRelease: victim microdata in HTCDS 2.0 for one year. Who may run it is the access
// policy's (server.ts `releaseFields`: steering committee supervisors, purpose data_quality); the
// pseudonyms' key is drawn here for this release and forgotten with it. The release is one audit
// entry: the person references released (here only) and the HTCDS fields, never values.
import { randomBytes } from 'node:crypto'
import { parseInput } from '@lienthong/kit'
import type { Context } from '../context.ts'
import { buildRelease, DEFAULT_K } from '../domain/htcds/release.ts'
import { eligibleVictims } from '../loaders/htcds.ts'
import { HtcdsReleaseArgsSchema } from '../validation/htcds.ts'

/** The fields every released record carries (the audit entry names them). */
export const HTCDS_FIELDS = [
  'victimId',
  'yearOfRegistration',
  'Datasource',
  'gender',
  'ageBroad',
  'majorityStatus',
  'citizenship',
  'CountryOfExploitation',
  'isForcedLabour',
  'isSexualExploit',
  'isOtherExploit',
  'isSexAndLabour',
  'isForcedMarriage',
  'isOrganRemoval',
  'typeOfExploitConcatenated',
  'isAbduction',
  'meansOfControlFalsePromises',
  'meansOfControlDebtBondage',
  'recruiterRelationFriend',
  'recruiterRelationOther',
] as const

export async function htcdsRelease(args: { year: number; k?: number | null }, ctx: Context) {
  const { year, k } = parseInput(HtcdsReleaseArgsSchema, { year: args.year, k: args.k ?? DEFAULT_K })
  const victims = await eligibleVictims(ctx.db, year)
  const { releasedRefs, ...release } = buildRelease(victims, { year, k, key: randomBytes(32) })
  const operation = `read ${ctx.audit.asked('htcdsRelease')}`
  for (const ref of releasedRefs) ctx.audit.record(operation, 'HtcdsVictimRecord', ref, HTCDS_FIELDS)
  return { ...release, generatedAt: new Date() }
}
