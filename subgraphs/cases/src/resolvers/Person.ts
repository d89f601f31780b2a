import { ageBandOf } from '@lienthong/schema'
import { loadPresent } from '@lienthong/kit'
import type { Person as PersonRecord } from '../db.ts'
import type { Context } from '../context.ts'
import type { PersonResolvers } from './types.ts'

/** A person by reference, with the police record when there is one. */
export interface PersonParent { personRef: string; record: PersonRecord | null }

export async function personByRef(personRef: string, { loaders }: Context): Promise<PersonParent> {
  return { personRef, record: await loaders.person.load(personRef) }
}

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => personByRef(ref.personRef, ctx),
  knownToPolice: (p) => p.record != null,
  sex: (p) => p.record?.sex ?? null,
  birthYear: (p) => p.record?.birthYear ?? null,
  ageBand: (p) => (p.record ? ageBandOf(p.record.birthYear, new Date()) : null),
  citizenship: (p) => p.record?.citizenship ?? null,
  citizenshipCountry: (p) => p.record?.citizenshipCountry ?? null,
  victimInCases: async (p, _, { loaders }) => loadPresent(loaders.criminalCase, (await loaders.casesOfVictim.load(p.personRef)).map((l) => l.caseId)),
  policeVictim: (p, _, { loaders }) => (p.record ? loaders.victim.load(p.personRef) : null),
  suspectIn: (p, _, { loaders }) => (p.record ? loaders.suspectIn.load(p.personRef) : []),
}
