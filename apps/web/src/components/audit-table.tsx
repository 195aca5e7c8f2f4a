import { formatDateTime } from "./format";

interface AuditEvent {
  id: string;
  action: string;
  entityType: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actorName: string | null;
}

function summarize(value: unknown): string {
  if (value === null || value === undefined) return "";
  return Object.entries(value as Record<string, unknown>)
    .map(([key, entry]) => `${key}: ${typeof entry === "object" ? JSON.stringify(entry) : String(entry)}`)
    .join(", ");
}

/** Who did what and when, with the values before and after. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  if (events.length === 0) return <p className="empty">No matching events.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td className="small">{formatDateTime(event.createdAt)}</td>
            <td>{event.actorName ?? "system"}</td>
            <td>
              <code>{event.action}</code>
            </td>
            <td className="small">{summarize(event.before)}</td>
            <td className="small">{summarize(event.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
