// lienthong token --agency police --role officer [--unit 99] [--sub name] [--hours 8]
// Prints a development JWT signed with the local key pair (.data/keys, made at first use). The
// identity follows the gateway's rules (IdentitySchema); a token lives at most 12 hours (the
// gateway refuses longer-lived ones unless LT_MAX_TOKEN_LIFETIME allows them). Development only:
// production tokens come from the identity provider.
import type { Command } from 'commander'
import { AGENCIES, devKeyPair, IdentitySchema, issueToken, ROLES } from '@lienthong/kit/identity'
import { bi, fail } from '../say.ts'

const MAX_HOURS = 12

interface TokenOptions {
  agency?: string
  role?: string
  unit: string
  sub?: string
  hours: string
}

export function registerToken(program: Command): void {
  program
    .command('token')
    .description(bi('In mã xác thực (JWT) phát triển, ký bằng khoá cục bộ (.data/keys)', 'print a development JWT signed with the local key pair (.data/keys)'))
    .option('--agency <agency>', bi(`cơ quan: ${AGENCIES.join(', ')}`, `agency: ${AGENCIES.join(', ')}`))
    .option('--role <role>', bi(`vai trò: ${ROLES.join(', ')}`, `role: ${ROLES.join(', ')}`))
    .option('--unit <code>', bi('đơn vị hành chính (99 = cả tỉnh)', 'administrative unit scope (99 = the whole province)'), '99')
    .option('--sub <name>', bi('mã người dùng (mặc định dev-<cơ quan>-<vai trò>)', 'user id (default dev-<agency>-<role>)'))
    .option('--hours <hours>', bi(`thời hạn, tối đa ${MAX_HOURS} giờ`, `lifetime, at most ${MAX_HOURS} hours`), '8')
    .action(async (o: TokenOptions) => console.log(await developmentToken(o)))
}

async function developmentToken(o: TokenOptions): Promise<string> {
  const identity = IdentitySchema.safeParse({ sub: o.sub ?? `dev-${o.agency}-${o.role}`, agency: o.agency, role: o.role, unit: o.unit })
  if (!identity.success) {
    const { problemsOf } = await import('@lienthong/kit') // the kit's index loads slowly: only on this path
    const problems = problemsOf(identity.error)
    return fail(problems.map((p) => `--${p.field}: ${p.reasonVi}`).join('; '), problems.map((p) => `--${p.field}: ${p.reasonEn}`).join('; '))
  }
  const hours = Number(o.hours)
  if (!(hours > 0 && hours <= MAX_HOURS))
    fail(
      `--hours: tối đa ${MAX_HOURS} giờ (cổng từ chối mã sống lâu hơn trừ khi LT_MAX_TOKEN_LIFETIME cho phép)`,
      `--hours: at most ${MAX_HOURS} (the gateway refuses longer-lived tokens unless LT_MAX_TOKEN_LIFETIME allows them)`,
    )
  if (process.env.NODE_ENV === 'production')
    fail(
      'lienthong token chỉ cấp mã phát triển; mã production do hệ thống định danh cấp',
      'lienthong token issues development tokens only; production tokens come from the identity provider',
    )
  return issueToken(identity.data, devKeyPair('jwt').privateKey, hours * 3600)
}
