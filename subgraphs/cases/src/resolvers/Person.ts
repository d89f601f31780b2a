import { ageBandOf } from '@lienthong/schema'
import { loadPresent, parseGrants } from '@lienthong/kit'
import type { Person as PersonRecord } from '../db.ts'
import type { Context } from '../context.ts'
import type { PersonResolvers } from './types.ts'

/**
 * A person by reference, with the police record when there is one, and — when the gateway brings
 * it from Social Affairs (@requires) — the agency and unit of each accepted, consented referral
 * that shares the person's data ("agency:unitCode").
 */
export interface PersonParent {
  personRef: string
  record: PersonRecord | null
  personalDataGrants?: readonly string[]
}

export async function personByRef(personRef: string, { loaders }: Context): Promise<PersonParent> {
  return { personRef, record: await loaders.person.load(personRef) }
}

/** The police record of a person (the request's DataLoader: loaded once, whatever asks). */
const recordOf = (p: { personRef: string }, { loaders }: Context) => loaders.person.load(p.personRef)

export const Person: PersonResolvers = {
  __resolveReference: async (ref, ctx) => ({
    ...(await personByRef(ref.personRef, ctx)),
    personalDataGrants: (ref as { personalDataGrants?: string[] }).personalDataGrants,
  }),
  knownToPolice: async (p, _, ctx) => (await recordOf(p, ctx)) != null,
  sex: async (p, _, ctx) => (await recordOf(p, ctx))?.sex ?? null,
  birthYear: async (p, _, ctx) => (await recordOf(p, ctx))?.birthYear ?? null,
  ageBand: async (p, _, ctx) => {
    const record = await recordOf(p, ctx)
    return record ? ageBandOf(record.birthYear, new Date()) : null
  },
  citizenship: async (p, _, ctx) => (await recordOf(p, ctx))?.citizenship ?? null,
  citizenshipCountry: async (p, _, ctx) => (await recordOf(p, ctx))?.citizenshipCountry ?? null,
  victimInCases: async (p, _, { loaders }) =>
    loadPresent(
      loaders.criminalCase,
      (await loaders.casesOfVictim.load(p.personRef)).map((l) => l.caseId),
    ),
  // Social Affairs' referrals name who may be granted the personal fields; PoliceVictim decides
  policeVictim: async (p, _, ctx) => {
    const victim = (await recordOf(p, ctx)) ? await ctx.loaders.victim.load(p.personRef) : null
    return victim && { ...victim, referralGrants: parseGrants(p.personalDataGrants) }
  },
  suspectIn: async (p, _, ctx) => ((await recordOf(p, ctx)) ? ctx.loaders.suspectIn.load(p.personRef) : []),
}
