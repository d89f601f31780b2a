import { relationLoader, byKeyLoader, byParentLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const peakCampaignLoader = (db: Db) => byKeyLoader(db.peakCampaign, 'id')

export const campaignUnitsLoader = (db: Db) => byParentLoader(db.peakCampaignUnit, 'campaignId', { unitCode: 'asc' })

export const campaignCasesLoader = (db: Db) =>
  relationLoader(
    (ids: string[]) => db.criminalCase.findMany({ where: { peakCampaignId: { in: ids } }, orderBy: [{ openedAt: 'asc' }, { id: 'asc' }] }),
    (c) => c.peakCampaignId!,
  )
