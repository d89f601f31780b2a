// Entry point of the gateway: config → supergraph → serve /graphql and /health.
import { ConfigError, createLogger, serveHttp } from '@lienthong/kit'
import { gatewayConfig } from './config.ts'
import { createGatewayContext } from './context.ts'
import { createGateway } from './server.ts'

try {
  const config = gatewayConfig()
  const logger = createLogger({ service: 'gateway' }) // LT_LOG_LEVEL checked before anything starts
  const { server, routes, onRequest, health, ready } = createGateway({ ...config, logger })
  await server.start()
  const context = createGatewayContext(config.jwtPublicKey, config.maxTokenLifetimeSeconds)
  const http = await serveHttp({
    server,
    host: config.host,
    port: config.port,
    portVariable: 'GATEWAY_PORT',
    context,
    routes: routes(context),
    onRequest,
    logger,
    health,
    ready,
  })
  // the start-up line stays plain text (npm start waits for it); requests are logged as JSON lines
  console.log(`[gateway] ready at ${http.url} serving ${config.supergraphPath}`)
  const stop = async () => {
    await http.close()
    await server.stop()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(`✖ gateway: ${e.message}`)
    process.exit(1)
  }
  throw e
}
