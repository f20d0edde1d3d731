import { redactText } from "@korbill/billing";
import type { Logger } from "./logger.js";

/** The logger shape Apollo Server takes (`@apollo/utils.logger`), structurally. */
export interface ApolloLogger {
  debug(message?: unknown): void;
  info(message?: unknown): void;
  warn(message?: unknown): void;
  error(message?: unknown): void;
}

/**
 * Apollo Server's own messages as gateway log lines: its default logger prints plain text to
 * the console, and stderr must stay JSON lines. The text is redacted (it may quote a request).
 */
export function apolloLogger(logger: Logger): ApolloLogger {
  const line = (level: "debug" | "info" | "warn" | "error") => (message?: unknown) =>
    logger[level]("apollo", { detail: redactText(String(message)) });
  return { debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") };
}
