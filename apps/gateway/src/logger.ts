/** Structured JSON-lines logger. Callers never pass card data or secrets. */
export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 } as const;

/** A logger writing one JSON object per line to `sink` (stderr by default). */
export function createLogger(
  level: keyof typeof LEVELS = "info",
  sink: (line: string) => void = (line) => process.stderr.write(line + "\n"),
): Logger {
  const min = LEVELS[level] ?? LEVELS.info;
  const emit = (lvl: keyof typeof LEVELS) => (msg: string, fields?: Record<string, unknown>) => {
    if (LEVELS[lvl] < min) return;
    sink(JSON.stringify({ t: new Date().toISOString(), level: lvl, msg, ...fields }));
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}
