import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const peakCampaignLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.peakCampaign.findMany({ where: { id: { in: ids } } }), (c) => c.id)

export const campaignUnitsLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.peakCampaignUnit.findMany({ where: { campaignId: { in: ids } }, orderBy: { unitCode: 'asc' } }), (u) => u.campaignId)

export const campaignCasesLoader = (db: Db) =>
  relationLoader((ids: string[]) => db.criminalCase.findMany({ where: { peakCampaignId: { in: ids } }, orderBy: [{ openedAt: 'asc' }, { id: 'asc' }] }), (c) => c.peakCampaignId!)
