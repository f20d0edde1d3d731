export { type GatewayConfig, type Stage, loadConfig } from "./config.js";
export {
  type CreateServerOptions,
  DEMO_KEYS,
  type GatewayContext,
  type KorbillGateway,
  createServer,
} from "./server.js";
export { type Logger, createLogger } from "./logger.js";
export { printGatewaySchema } from "./schema/build.js";
