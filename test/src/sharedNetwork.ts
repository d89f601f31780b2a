// The network the tests of a describe block share: started on one database provider before the
// first test, its callers signed in, and stopped after the last test.
import { afterAll, beforeAll } from 'vitest'
import type { DbProvider } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import { startNetwork, type NetworkOptions, type Query, type TestNetwork } from './network.ts'

export interface SharedNetworkOptions<C extends string> extends NetworkOptions {
  /** Callers signed in once the network is up, by the name the tests call them. */
  callers?: Record<C, Identity>
  /** How long starting the network may take (the packages' hook bound by default). */
  timeout?: number
}

/**
 * Starts the network in a `beforeAll` of the calling describe block and stops it in its `afterAll`.
 * `net` and `callers` are filled in once it is up: use them in tests and later hooks.
 */
export function useNetwork<C extends string = never>(
  provider: DbProvider,
  { callers: identities, timeout, ...options }: SharedNetworkOptions<C> = {},
): { net: TestNetwork; callers: Record<C, Query> } {
  const net = {} as TestNetwork
  const callers = {} as Record<C, Query>
  beforeAll(async () => {
    Object.assign(net, await startNetwork(provider, options))
    for (const name of Object.keys(identities ?? {}) as C[]) callers[name] = await net.as(identities![name])
  }, timeout)
  afterAll(async () => {
    await net.stop?.()
  })
  return { net, callers }
}
