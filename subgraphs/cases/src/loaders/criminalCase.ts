import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const criminalCaseLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.criminalCase.findMany({ where: { id: { in: ids } } }), (c) => c.id)

export const caseFormsLoader = (db: Db) =>
  relationLoader((caseIds: string[]) => db.caseExploitationForm.findMany({ where: { caseId: { in: caseIds } }, orderBy: { form: 'asc' } }), (f) => f.caseId)

export const caseVictimsLoader = (db: Db) =>
  relationLoader((caseIds: string[]) => db.caseVictim.findMany({ where: { caseId: { in: caseIds } }, orderBy: { personRef: 'asc' } }), (v) => v.caseId)

export const caseSuspectsLoader = (db: Db) =>
  relationLoader((caseIds: string[]) => db.suspect.findMany({ where: { caseId: { in: caseIds } }, orderBy: { externalRef: 'asc' } }), (s) => s.caseId)

export const caseReportsLoader = (db: Db) =>
  relationLoader((caseIds: string[]) => db.incomingReport.findMany({ where: { caseId: { in: caseIds } }, orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }] }), (r) => r.caseId!)

export const caseRescuesLoader = (db: Db) =>
  relationLoader((caseIds: string[]) => db.rescueOperation.findMany({ where: { caseId: { in: caseIds } }, orderBy: [{ startedAt: 'asc' }, { id: 'asc' }] }), (r) => r.caseId!)
