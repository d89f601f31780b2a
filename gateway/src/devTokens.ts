// GET /dev/token?agency=steering_committee&role=analyst&unit=99 — development only: a token for
// any agency, role and unit, signed with the local development key (what `npm run token` prints),
// so the dashboard's sign-in picker and the explorer work without an identity provider. The
// gateway never registers this route in production (createGateway refuses the option there).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { KeyObject } from 'node:crypto'
import { IdentitySchema, issueToken } from '@lienthong/kit/identity'
import { problemsOf, sendJson } from '@lienthong/kit'

export const DEV_TOKEN_PATH = '/dev/token'
const TTL_SECONDS = 8 * 3600

export function createDevTokenRoute(privateKey: KeyObject) {
  return async (_req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const q = Object.fromEntries(url.searchParams)
    const parsed = IdentitySchema.omit({ purpose: true }).safeParse({ sub: `dev-${q.agency}-${q.role}`, agency: q.agency, role: q.role, unit: q.unit ?? '99' })
    if (!parsed.success)
      return sendJson(res, 400, {
        errors: [{ message: 'Tham số không hợp lệ / Invalid parameters', extensions: { code: 'BAD_USER_INPUT', problems: problemsOf(parsed.error) } }],
      })
    const token = await issueToken(parsed.data, privateKey, TTL_SECONDS)
    res.setHeader('cache-control', 'no-store')
    sendJson(res, 200, { token, identity: parsed.data, expiresInSeconds: TTL_SECONDS })
  }
}
