import { LOG_LEVELS, type LogLevel, isLogLevel } from "../logger.js";

export type { LogLevel };

/** `KORBILL_LOG_LEVEL`: one of the known levels (default `info`); anything else is a problem. */
export function logLevelVar(env: Record<string, string | undefined>, problems: string[]): LogLevel {
  const raw = env.KORBILL_LOG_LEVEL;
  if (raw === undefined || raw === "") return "info";
  const level = raw.trim().toLowerCase();
  if (isLogLevel(level)) return level;
  problems.push(`KORBILL_LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got "${raw}")`);
  return "info";
}
