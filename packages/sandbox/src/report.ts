/**
 * Where the sandbox reports a failure it recovers from (a throwing scheduler job or event
 * listener, a state file it cannot write). An embedding process passes its own logger (the
 * gateway does); the default writes one JSON line on stderr.
 */
export type SandboxErrorReport = (message: string, error: unknown) => void;

/** The default {@link SandboxErrorReport}: one JSON line on stderr. */
export const stderrReport: SandboxErrorReport = (message, error) => {
  const line = {
    level: "error",
    time: new Date().toISOString(),
    msg: message,
    error: error instanceof Error ? error.message : String(error),
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
};
