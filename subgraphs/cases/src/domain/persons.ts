// The police's person record (sex, birth year, citizenship), kept once per person reference: the
// first suspect or victim record of a person creates it, later ones leave it as it is.
import { change, type Change } from '@lienthong/kit'
import type { Person, Tx } from '../db.ts'

/** The `Person` fields a new person record sets. */
export const PERSON_FIELDS = ['sex', 'birthYear', 'citizenship', 'citizenshipCountry'] as const

type PersonFields = Pick<Person, (typeof PERSON_FIELDS)[number]>

/** Creates the person record unless the police hold one; the change to audit when it was created. */
export async function recordPersonOnce(tx: Tx, personRef: string, p: PersonFields): Promise<Change[]> {
  if (await tx.person.findUnique({ where: { personRef }, select: { personRef: true } })) return []
  const { sex, birthYear, citizenship, citizenshipCountry } = p
  await tx.person.create({ data: { personRef, sex, birthYear, citizenship, citizenshipCountry } })
  return [change('Person', personRef, PERSON_FIELDS)]
}
