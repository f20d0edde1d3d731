import { useCallback, useEffect, useState } from "react";
import { useApi } from "../api.js";
import { toShownErrors } from "../graphql/shown-errors.js";

interface ClockView {
  now: string;
  aheadMs: number;
  timing: string;
}

const FIELDS = "now aheadMs timing";
const READ = `query SandboxClock { sandboxClock { ${FIELDS} } }`;
const ADVANCE = `mutation AdvanceSandboxClock($by: String, $to: String) {
  advanceSandboxClock(by: $by, to: $to) { ${FIELDS} }
}`;
const KST_MS = 9 * 3_600_000;
const STEPS = [
  { label: "+30 s", by: "30s" },
  { label: "+1 h", by: "1h" },
  { label: "+1 day", by: "1d" },
] as const;

/** KST ISO-8601 of epoch ms, to the second. */
function kst(ms: number): string {
  return `${new Date(ms + KST_MS).toISOString().slice(0, 19).replace("T", " ")} KST`;
}

/** The next 11:00 KST after `ms` (when POPBiLL's NTS results arrive), as ISO-8601. */
function nextElevenKst(ms: number): string {
  const day = new Date(ms + KST_MS).toISOString().slice(0, 10);
  let at = Date.parse(`${day}T11:00:00+09:00`);
  if (at <= ms) at += 86_400_000;
  return new Date(at).toISOString();
}

/**
 * The local stage's sandbox clock: shows the sandbox time and moves it forward, so the seed's
 * timing (filing after midnight, NTS results at 11:00 KST the next day, scheduled payments,
 * 30-second URLs) can be seen at once. Renders nothing where the gateway has no sandbox clock.
 */
export function SandboxClockBar() {
  const { korbill } = useApi();
  const [clock, setClock] = useState<ClockView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, setTick] = useState(0);
  useEffect(() => {
    let current = true;
    korbill.request<{ sandboxClock: ClockView }>(READ).then(
      (data) => current && setClock(data.sandboxClock),
      () => current && setClock(null),
    );
    const timer = setInterval(() => setTick((t) => t + 1), 1000);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [korbill]);
  const advance = useCallback(
    async (variables: { by?: string; to?: string }) => {
      setBusy(true);
      try {
        const data = await korbill.request<{ advanceSandboxClock: ClockView }>(ADVANCE, variables);
        setClock(data.advanceSandboxClock);
        setError(null);
      } catch (e) {
        setError(toShownErrors(e).map((s) => `${s.code}: ${s.message}`)[0] ?? String(e));
      } finally {
        setBusy(false);
      }
    },
    [korbill],
  );
  if (!clock) return null;
  const nowMs = Date.now() + clock.aheadMs;
  return (
    <div
      data-testid="sandbox-clock"
      style={{ display: "flex", gap: 8, alignItems: "center", padding: "6px 28px", fontSize: 13 }}
    >
      <span>
        Sandbox clock{" "}
        <strong className="mono" data-testid="sandbox-clock-now">
          {kst(nowMs)}
        </strong>{" "}
        <span className="muted-text">(timing {clock.timing})</span>
      </span>
      {STEPS.map((step) => (
        <button
          key={step.by}
          type="button"
          disabled={busy}
          onClick={() => void advance({ by: step.by })}
        >
          {step.label}
        </button>
      ))}
      <button
        type="button"
        disabled={busy}
        onClick={() => void advance({ to: nextElevenKst(nowMs) })}
        title="POPBiLL's NTS filing results arrive at 11:00 KST the day after issuance"
      >
        → next 11:00 KST
      </button>
      {error && (
        <span role="alert" className="viewer-error">
          {error}
        </span>
      )}
    </div>
  );
}
