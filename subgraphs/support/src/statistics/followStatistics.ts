// Referrals, reintegration follow-ups and hotline contacts of a statistics scope, counted in the
// database. Referrals and follow-ups count in the unit of their support case; a hotline contact
// has its own unit.
import type { StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { SUPPORT_LABELS_VI as L, enumLines, list } from './labels.ts'
import { once, total } from './memo.ts'

const within = (s: StatisticsScope) => ({ gte: s.period.start, lt: s.period.end })
const caseOfUnit = (s: StatisticsScope) => ({ supportCase: { unitCode: { in: s.communes } } })

/** Referrals made (referral date) in the period. Referrals refused for lack of consent were never written. */
const referralsMadeIn = (s: StatisticsScope) => ({ referredAt: within(s), ...caseOfUnit(s) })

/** The sum of the referrals made by status at the period's end (every referral has one). */
export const referralsMade = async (db: Db, s: StatisticsScope) => total(await referralsByStatusAtEnd(db, s))

/** Referrals of the unit accepted (acceptance date) in the period, whenever they were made. */
export const referralsAccepted = (db: Db, s: StatisticsScope) =>
  db.supportReferral.count({ where: { acceptedAt: within(s), ...caseOfUnit(s) } })

/**
 * The referrals made in the period by their status at the period's end, from the date of each
 * status (IN_PROGRESS → ACCEPTED | REJECTED | REVOKED; ACCEPTED → DONE | REVOKED): REVOKED if
 * revoked before the end, else DONE if done before it, else REJECTED if rejected before it, else
 * ACCEPTED if accepted before it, else IN_PROGRESS.
 */
export function referralsByStatusAtEnd(db: Db, s: StatisticsScope) {
  return once(s, 'referrals-by-status', () => referralStatusLines(db, s))
}

async function referralStatusLines(db: Db, s: StatisticsScope) {
  const made = referralsMadeIn(s)
  const before = { lt: s.period.end }
  const notBefore = (f: string) => ({ OR: [{ [f]: null }, { [f]: { gte: s.period.end } }] })
  const [total, revoked, done, rejected, accepted] = await Promise.all([
    db.supportReferral.count({ where: made }),
    db.supportReferral.count({ where: { ...made, revokedAt: before } }),
    db.supportReferral.count({ where: { ...made, doneAt: before, AND: [notBefore('revokedAt')] } }),
    db.supportReferral.count({ where: { ...made, rejectedAt: before } }),
    db.supportReferral.count({ where: { ...made, acceptedAt: before, AND: [notBefore('revokedAt'), notBefore('doneAt')] } }),
  ])
  const counts = new Map([['REVOKED', revoked], ['DONE', done], ['REJECTED', rejected], ['ACCEPTED', accepted], ['IN_PROGRESS', total - revoked - done - rejected - accepted]])
  return enumLines(L.SupportReferralStatus, counts)
}

/**
 * Reintegration outcomes: the support cases of the unit followed up in the period, each by the
 * outcome of its latest follow-up in the period (same instant: the greater id). One grouped SQL
 * statement (portable quoted identifiers, bound values).
 */
export async function reintegrationOutcomes(db: Db, s: StatisticsScope) {
  const rows = await db.$queryRaw<{ outcome: string; n: number | bigint }[]>`SELECT f."outcome" AS "outcome", COUNT(*) AS "n"
    FROM "ReintegrationFollowUp" f JOIN "SupportCase" c ON c."id" = f."supportCaseId"
    WHERE f."followedUpAt" >= ${s.period.start} AND f."followedUpAt" < ${s.period.end} AND c."unitCode" IN (${list(s.communes)})
      AND NOT EXISTS (SELECT 1 FROM "ReintegrationFollowUp" g WHERE g."supportCaseId" = f."supportCaseId"
        AND g."followedUpAt" >= ${s.period.start} AND g."followedUpAt" < ${s.period.end}
        AND (g."followedUpAt" > f."followedUpAt" OR (g."followedUpAt" = f."followedUpAt" AND g."id" > f."id")))
    GROUP BY f."outcome"`
  return enumLines(L.SupportReintegrationOutcome, new Map(rows.map((r) => [String(r.outcome), Number(r.n)])))
}

const contactsIn = (s: StatisticsScope) => ({ receivedAt: within(s), unitCode: { in: s.communes } })

/** Contacts received in the period, grouped by whether they concern trafficking (one query for both figures). */
const contactsByConcern = (db: Db, s: StatisticsScope) => once(s, 'contacts-by-concern', async () => {
  const rows = await db.hotlineContact.groupBy({ by: ['concernsTrafficking'], where: contactsIn(s), _count: { _all: true } })
  return rows.map((r) => ({ trafficking: r.concernsTrafficking, count: r._count._all }))
})

export const hotlineContactsReceived = async (db: Db, s: StatisticsScope) => total(await contactsByConcern(db, s))

export const hotlineContactsAboutTrafficking = async (db: Db, s: StatisticsScope) =>
  total((await contactsByConcern(db, s)).filter((r) => r.trafficking))

/** Contacts of the unit forwarded to the police (forwarding date) in the period, whenever received. */
export const hotlineContactsForwarded = (db: Db, s: StatisticsScope) =>
  db.hotlineContact.count({ where: { forwardedAt: within(s), unitCode: { in: s.communes } } })
