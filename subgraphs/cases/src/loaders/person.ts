import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const personLoader = (db: Db) =>
  entityLoader((refs: string[]) => db.person.findMany({ where: { personRef: { in: refs } } }), (p) => p.personRef)

export const casesOfVictimLoader = (db: Db) =>
  relationLoader((refs: string[]) => db.caseVictim.findMany({ where: { personRef: { in: refs } }, orderBy: { caseId: 'asc' } }), (v) => v.personRef)

export const suspectInLoader = (db: Db) =>
  relationLoader((refs: string[]) => db.suspect.findMany({ where: { personRef: { in: refs } }, orderBy: { externalRef: 'asc' } }), (s) => s.personRef)
