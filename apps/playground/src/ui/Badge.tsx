import type { ReactNode } from "react";

/** A small coloured status label. */
export function Badge({
  tone,
  children,
}: {
  tone: "ok" | "bad" | "wait" | "muted";
  children: ReactNode;
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
