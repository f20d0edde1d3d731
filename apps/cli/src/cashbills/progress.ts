import type { Progress } from "@korbill/cashbill-import";

export type { Progress };

/** Where the command writes. */
export interface Io {
  /** Writes text to standard output as is. */
  write(text: string): void;
  /** Writes one line to standard error. */
  error(line: string): void;
  /** Whether standard output is a terminal (progress display) or not (JSON lines). */
  isTTY: boolean;
}

/** The display for a terminal: lines for bulks, one status line updated in place. */
export function terminalProgress(io: Io, totalBulks: () => number): Progress {
  const n = { sent: 0, done: 0, issued: 0, refused: 0, filed: 0, filingFailed: 0 };
  let status = "";
  let drawnAt = 0;
  // At most ten redraws a second: a 10,000-row file would otherwise redraw 10,000 times.
  const drawSoon = () => {
    if (Date.now() - drawnAt >= 100) draw();
  };
  const draw = () => {
    drawnAt = Date.now();
    status = `bulks ${n.sent}/${totalBulks()} sent, ${n.done} done · issued ${n.issued} · refused ${n.refused} · filed ${n.filed}${n.filingFailed ? ` · filing failed ${n.filingFailed}` : ""}`;
    io.write(`\r\x1b[K${status}`);
  };
  const line = (text: string) => {
    io.write(`${status ? "\r\x1b[K" : ""}${text}\n`);
    if (status) draw();
  };
  return {
    info: (_event, text) => line(text),
    bulkSent(e) {
      n.sent += 1;
      line(`bulk ${e.index} ${e.submitId}: ${e.receipts} receipts ${e.state.toLowerCase()}`);
    },
    receipt(e) {
      n[e.success ? "issued" : "refused"] += 1;
      drawSoon();
    },
    bulkDone() {
      n.done += 1;
      draw();
    },
    filing(e) {
      n[e.type === "NTS_FILED" ? "filed" : "filingFailed"] += 1;
      if (e.type !== "NTS_FILED") {
        line(
          `row ${e.row} ${e.mgtKey}: filing failed ${e.event.ntsResultCode ?? ""} ${e.event.ntsResultMessage ?? ""}`,
        );
      } else drawSoon();
    },
    end() {
      if (status) io.write("\r\x1b[K");
      status = "";
    },
  };
}

/** Quiet output for scripts and logs: one JSON object per line, no per-receipt lines. */
export function jsonProgress(io: Io): Progress {
  const emit = (event: string, data: Record<string, unknown>) =>
    io.write(`${JSON.stringify({ event, ...data })}\n`);
  return {
    info: (event, text, data) => emit(event, data ?? { message: text }),
    bulkSent: (e) => emit("bulk", e),
    receipt: () => undefined,
    bulkDone: (e) => emit("bulkDone", e),
    filing: (e) =>
      emit("filing", {
        row: e.row,
        mgtKey: e.mgtKey,
        type: e.type,
        ntsResultCode: e.event.ntsResultCode,
      }),
    end: () => undefined,
  };
}
