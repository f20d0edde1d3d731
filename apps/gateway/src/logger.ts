import { pino, stdTimeFunctions, type DestinationStream, type Logger as Pino } from "pino";
import pretty from "pino-pretty";
import { currentRequest } from "./observability/request-context.js";

/** The levels `KORBILL_LOG_LEVEL` accepts (pino's, plus `silent`). */
export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
/** One of {@link LOG_LEVELS}. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The gateway's logger (pino underneath): one JSON object per line, redacted. Callers never
 * pass card data or secrets; the redaction paths are the second line of defence.
 */
export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  /** A logger adding `bindings` to every line. */
  child(bindings: Record<string, unknown>): Logger;
  /** Whether lines at `level` are written (skip building costly fields otherwise). */
  isLevelEnabled(level: LogLevel): boolean;
}

// Field names whose values never reach a log line, at the top level or one object down: card
// fields (i'mport's names and camel-cased ones), upstream secrets, API keys and tokens.
const SECRET_FIELDS = [
  "card_number",
  "cardNumber",
  "expiry",
  "birth",
  "pwd_2digit",
  "cvc",
  "secretKey",
  "impSecret",
  "imp_secret",
  "password",
  "authorization",
  "apiKey",
  "api_key",
  "token",
  "access_token",
  "accessToken",
  "session_token",
];

/** pino redaction paths (exported for the test that pins them). */
const REDACT_PATHS = SECRET_FIELDS.flatMap((f) => [f, `*.${f}`]);

/** Options of {@link createLogger} beyond the level. */
export interface LoggerOptions {
  /** Human-readable lines (pino-pretty) instead of JSON: for a terminal only. */
  pretty?: boolean;
}

/**
 * A logger writing one JSON object per line to `sink` (stderr by default). Lines written
 * while an operation or webhook runs carry its `requestId` and `traceId`.
 */
export function createLogger(
  level: LogLevel = "info",
  sink?: (line: string) => void,
  options: LoggerOptions = {},
): Logger {
  const destination: DestinationStream = sink
    ? { write: (line: string) => sink(line.endsWith("\n") ? line.slice(0, -1) : line) }
    : options.pretty
      ? pretty({ destination: 2, colorize: true, sync: true })
      : pino.destination({ dest: 2, sync: true });
  const root = pino(
    {
      level,
      base: undefined,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      mixin: () => {
        const request = currentRequest();
        return request ? { requestId: request.requestId, traceId: request.traceId } : {};
      },
    },
    destination,
  );
  return wrap(root);
}

/** Adapts a pino logger to the gateway's `(msg, fields)` call shape. */
function wrap(p: Pino): Logger {
  return {
    debug: (msg, fields) => p.debug(fields ?? {}, msg),
    info: (msg, fields) => p.info(fields ?? {}, msg),
    warn: (msg, fields) => p.warn(fields ?? {}, msg),
    error: (msg, fields) => p.error(fields ?? {}, msg),
    child: (bindings) => wrap(p.child(bindings)),
    isLevelEnabled: (level) => level !== "silent" && p.isLevelEnabled(level),
  };
}

/** Whether `value` names a level; for configuration checks. */
export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}
