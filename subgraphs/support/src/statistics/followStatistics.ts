// Referrals, reintegration follow-ups and hotline contacts of a statistics scope: arms of the
// support section's statement (section.ts). Referrals and follow-ups count in the unit of their
// support case; a hotline contact has its own unit.
import { count, countBy, enumLines, inPeriod, sql, type Figures, type StatisticsScope } from '@lienthong/kit'
import { labelsOf } from '../domain/labels.ts'

/** Referrals with their support case, of the unit's cases (supportPersons.ts unitRecords). */
const REFERRALS = sql`"SupportReferral" r JOIN "unitCase" c ON c."id" = r."supportCaseId"`
/** Referrals made (referral date) in the period. Referrals refused for lack of consent were never written. */
const madeIn = (s: StatisticsScope) => inPeriod(sql`r."referredAt"`, s)
/** The dates of a referral's statuses. */
const STATUS_DATE = { accepted: sql`r."acceptedAt"`, rejected: sql`r."rejectedAt"`, done: sql`r."doneAt"`, revoked: sql`r."revokedAt"` }
type Status = keyof typeof STATUS_DATE
/** The referral reached the status before the period's end. */
const before = (status: Status, s: StatisticsScope) => sql`${STATUS_DATE[status]} < ${s.period.end}`
/** The referral had not reached the status before the period's end (no date, or not before the end). */
const notBefore = (status: Status, s: StatisticsScope) => sql`(${STATUS_DATE[status]} IS NULL OR ${STATUS_DATE[status]} >= ${s.period.end})`

/** Follow-ups of the unit's cases; the unit's hotline contacts (their own commune). */
const FOLLOW_UPS = sql`"ReintegrationFollowUp" f JOIN "unitCase" c ON c."id" = f."supportCaseId"`
const CONTACTS = sql`"unitContact" h`

const REFERRAL_STATUS = labelsOf('SupportReferralStatus').vi
const OUTCOME = labelsOf('SupportReintegrationOutcome').vi

export const followArms = (s: StatisticsScope) => [
  /**
   * The referrals made in the period by their status at the period's end, from the date of each
   * status (IN_PROGRESS → ACCEPTED | REJECTED | REVOKED; ACCEPTED → DONE | REVOKED): REVOKED if
   * revoked before the end, else DONE if done before it, else REJECTED if rejected before it, else
   * ACCEPTED if accepted before it, else IN_PROGRESS (the rest of the referrals made).
   */
  count('referralsMade', REFERRALS, madeIn(s)),
  count('referralsRevokedAtEnd', REFERRALS, sql`${madeIn(s)} AND ${before('revoked', s)}`),
  count('referralsDoneAtEnd', REFERRALS, sql`${madeIn(s)} AND ${before('done', s)} AND ${notBefore('revoked', s)}`),
  count('referralsRejectedAtEnd', REFERRALS, sql`${madeIn(s)} AND ${before('rejected', s)}`),
  count('referralsAcceptedAtEnd', REFERRALS, sql`${madeIn(s)} AND ${before('accepted', s)} AND ${notBefore('revoked', s)} AND ${notBefore('done', s)}`),
  /** Referrals of the unit accepted (acceptance date) in the period, whenever they were made. */
  count('referralsAccepted', REFERRALS, inPeriod(sql`r."acceptedAt"`, s)),
  /**
   * Reintegration outcomes: the support cases of the unit followed up in the period, each by the
   * outcome of its latest follow-up in the period (same instant: the greater id).
   */
  countBy(
    'reintegrationOutcomes',
    sql`f."outcome"`,
    FOLLOW_UPS,
    sql`${inPeriod(sql`f."followedUpAt"`, s)}
    AND NOT EXISTS (SELECT 1 FROM "ReintegrationFollowUp" g WHERE g."supportCaseId" = f."supportCaseId" AND ${inPeriod(sql`g."followedUpAt"`, s)}
      AND (g."followedUpAt" > f."followedUpAt" OR (g."followedUpAt" = f."followedUpAt" AND g."id" > f."id")))`,
    sql`f."supportCaseId"`,
  ),
  /** Hotline contacts received in the period, all and those concerning trafficking. */
  count('hotlineContactsReceived', CONTACTS, inPeriod(sql`h."receivedAt"`, s)),
  count('hotlineContactsAboutTrafficking', CONTACTS, sql`${inPeriod(sql`h."receivedAt"`, s)} AND h."concernsTrafficking" = TRUE`),
  /** Contacts of the unit forwarded to the police (forwarding date) in the period, whenever received. */
  count('hotlineContactsForwarded', CONTACTS, inPeriod(sql`h."forwardedAt"`, s)),
]

export const referralsMade = (f: Figures) => f.count('referralsMade')
export const referralsAccepted = (f: Figures) => f.count('referralsAccepted')

export function referralsByStatusAtEnd(f: Figures) {
  const [revoked, done, rejected, accepted] = ['Revoked', 'Done', 'Rejected', 'Accepted'].map((k) => f.count(`referrals${k}AtEnd`)) as [
    number,
    number,
    number,
    number,
  ]
  const inProgress = f.count('referralsMade') - revoked - done - rejected - accepted
  const counts = new Map([
    ['REVOKED', revoked],
    ['DONE', done],
    ['REJECTED', rejected],
    ['ACCEPTED', accepted],
    ['IN_PROGRESS', inProgress],
  ])
  return enumLines(REFERRAL_STATUS, counts)
}

export const reintegrationOutcomes = (f: Figures) => enumLines(OUTCOME, f.groups('reintegrationOutcomes'))
export const hotlineContactsReceived = (f: Figures) => f.count('hotlineContactsReceived')
export const hotlineContactsAboutTrafficking = (f: Figures) => f.count('hotlineContactsAboutTrafficking')
export const hotlineContactsForwarded = (f: Figures) => f.count('hotlineContactsForwarded')
