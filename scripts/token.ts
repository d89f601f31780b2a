// npm run token -- --agency police --role officer --unit 99 [--sub name] [--hours 8]
// Prints a development JWT signed with the local key pair (.data/keys, made at first use).
import { parseArgs } from 'node:util'
import { devKeyPair, issueToken, IdentitySchema, AGENCIES, ROLES } from '@lienthong/kit/identity'
import { problemsOf } from '@lienthong/kit'

const { values } = parseArgs({
  options: {
    agency: { type: 'string' },
    role: { type: 'string' },
    unit: { type: 'string', default: '99' },
    sub: { type: 'string' },
    hours: { type: 'string', default: '8' },
  },
})
const identity = IdentitySchema.safeParse({
  sub: values.sub ?? `dev-${values.agency}-${values.role}`,
  agency: values.agency,
  role: values.role,
  unit: values.unit,
})
const hours = Number(values.hours)
if (!identity.success || !(hours > 0 && hours <= 12)) {
  const why = identity.success
    ? ['--hours: at most 12 (the gateway refuses longer-lived tokens unless LT_MAX_TOKEN_LIFETIME allows them)']
    : problemsOf(identity.error).map((p) => `--${p.field}: ${p.reasonEn}`)
  console.error(
    `✖ ${why.join('; ')}\n  usage: npm run token -- --agency ${AGENCIES.join('|')} --role ${ROLES.join('|')} --unit <unit code, e.g. 99> [--sub name] [--hours 8]`,
  )
  process.exit(1)
}
if (process.env.NODE_ENV === 'production') {
  console.error('✖ npm run token issues development tokens only; production tokens come from the identity provider')
  process.exit(1)
}
console.log(await issueToken(identity.data, devKeyPair('jwt').privateKey, hours * 3600))
