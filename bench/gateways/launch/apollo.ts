// (a) Vanilla Apollo Gateway in Apollo Server's startStandaloneServer, as the public benchmark
// runs it (one process, no plugins, default fetcher).
import { readFileSync } from 'node:fs'
import { ApolloGateway } from '@apollo/gateway'
import { ApolloServer } from '@apollo/server'
import { startStandaloneServer } from '@apollo/server/standalone'
import { announceReady, launchSettings } from './ready.ts'

process.env.APOLLO_TELEMETRY_DISABLED = 'true'
const { supergraphPath, port } = launchSettings()
const gateway = new ApolloGateway({ supergraphSdl: readFileSync(supergraphPath, 'utf8') })
const server = new ApolloServer({ gateway })
const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } })
announceReady(new URL('/graphql', url).href)
