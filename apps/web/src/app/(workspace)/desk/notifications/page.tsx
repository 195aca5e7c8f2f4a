"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { ErrorAlert } from "~/components/error-alert";
import { formatDateTime } from "~/components/format";
import { useTRPC } from "~/trpc/react";

export default function NotificationsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.notification.list.queryOptions({}));
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.notification.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.notification.unreadCount.queryKey() }),
        ]),
    }),
  );
  const unread = list.data?.filter((item) => !item.readAt) ?? [];
  return (
    <>
      <div className="page-head">
        <h1>Notifications</h1>
        <button
          type="button"
          className="secondary"
          disabled={unread.length === 0 || markRead.isPending}
          onClick={() => markRead.mutate({ ids: "all" })}
        >
          Mark all read
        </button>
      </div>
      <ErrorAlert error={list.error ?? markRead.error} />
      {list.data?.length === 0 ? <p className="empty">Nothing yet.</p> : null}
      <ul className="verdict-list">
        {list.data?.map((item) => (
          <li key={item.id} className={`card${item.readAt ? " muted" : ""}`}>
            <p className="meta">
              <span className="status">{item.kind.replace("_", " ")}</span>
              <span>{formatDateTime(item.createdAt)}</span>
              {item.readAt ? null : <strong>new</strong>}
            </p>
            <p>
              {item.claimId ? (
                <Link
                  href={`/desk/claims/${item.claimId}`}
                  onClick={() => markRead.mutate({ ids: [item.id] })}
                >
                  {item.message}
                </Link>
              ) : (
                item.message
              )}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
