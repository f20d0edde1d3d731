import type { ReactNode } from "react";

/** A big number with a label; the number alone carries `testId`. */
export function Stat(props: {
  label: ReactNode;
  value: ReactNode;
  testId?: string;
  tone?: "ok" | "bad" | "muted";
  unit?: string;
}) {
  return (
    <div className={`stat ${props.tone ?? ""}`}>
      <span className="stat-label">{props.label}</span>
      <span className="stat-value">
        <strong data-testid={props.testId}>{props.value}</strong>
        {props.unit && <span className="stat-unit">{props.unit}</span>}
      </span>
    </div>
  );
}
