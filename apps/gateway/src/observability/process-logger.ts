import type { GatewayConfig } from "../config.js";
import { type Logger, createLogger } from "../logger.js";

/**
 * The logger of the gateway process: JSON lines on stderr, except in the local stage at a
 * terminal (stdout is a TTY), where pino-pretty makes them readable. `pretty` says which.
 */
export function gatewayLogger(
  config: Pick<GatewayConfig, "stage" | "logLevel">,
  isTTY = process.stdout.isTTY === true,
): { logger: Logger; pretty: boolean } {
  const pretty = config.stage === "local" && isTTY;
  return { logger: createLogger(config.logLevel, undefined, { pretty }), pretty };
}
