/**
 * Where a component reports a failure it recovers from (a publish that will be rung again, a
 * lost pooled connection, a throwing listener). The gateway passes one writing through its
 * logger, so the line is JSON and carries the request id of the work it happened in.
 */
export type ErrorReport = (message: string, error: unknown) => void;

/**
 * The report used when none is passed (tests, tools embedding a package): one JSON line on
 * stderr, shaped like the gateway's log lines.
 */
export const stderrReport: ErrorReport = (message, error) => {
  const line = {
    level: "warn",
    time: new Date().toISOString(),
    msg: message,
    error: describe(error),
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
};

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
