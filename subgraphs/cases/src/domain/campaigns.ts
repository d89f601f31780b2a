// Peak campaigns (đợt cao điểm) as the records that name one see them: the campaign exists and
// the record's day falls within its window.
import { fieldProblem, orNotFound } from '@lienthong/kit'
import { vietnamDay } from '@lienthong/schema'
import type { Tx } from '../db.ts'

/**
 * Refuses a record dated outside the window of the campaign it names (BAD_USER_INPUT naming
 * `input.peakCampaignId`, with the reason given), or naming no campaign on record (NOT_FOUND).
 */
export async function assertWithinCampaign(tx: Tx, campaignId: string | null, at: Date, outsideVi: string, outsideEn: string): Promise<void> {
  if (!campaignId) return
  const campaign = orNotFound(await tx.peakCampaign.findUnique({ where: { id: campaignId } }), 'đợt cao điểm / peak campaign', 'input.peakCampaignId')
  const day = vietnamDay(at)
  if (day < campaign.startsOn || day > campaign.endsOn) throw fieldProblem('input.peakCampaignId', outsideVi, outsideEn)
}
