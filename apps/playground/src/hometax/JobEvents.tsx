import { Badge } from "../ui/Badge.js";
import { formatNumber, formatTime } from "../ui/format.js";
import type { JobEventView } from "./queries.js";

/** The events of one crawl job, oldest first. */
export function JobEvents({ events }: { events: JobEventView[] }) {
  return (
    <div className="table-scroll short">
      <table className="results" data-testid="hometax-events">
        <thead>
          <tr>
            <th>At</th>
            <th>Event</th>
            <th>Status</th>
            <th className="num">Collected</th>
            <th>Note</th>
          </tr>
        </thead>
        <tbody>
          {events.length === 0 ? (
            <tr>
              <td colSpan={5} className="empty">
                No job events yet: request a crawl.
              </td>
            </tr>
          ) : (
            events.map((e) => (
              <tr key={e.cursor} data-type={e.type}>
                <td className="mono muted">{formatTime(e.at)}</td>
                <td>
                  <Badge tone={toneOf(e.type)}>{e.type}</Badge>
                </td>
                <td>{e.status}</td>
                <td className="num">{formatNumber(e.collectCount)}</td>
                <td className="note">
                  {e.errorCode !== null && e.errorCode !== 1 ? `code ${e.errorCode} ` : ""}
                  {e.errorReason ?? ""}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function toneOf(type: string): "ok" | "bad" | "wait" | "muted" {
  if (type === "COMPLETED") return "ok";
  if (type === "FAILED") return "bad";
  if (type === "EXPIRED") return "muted";
  return "wait";
}
