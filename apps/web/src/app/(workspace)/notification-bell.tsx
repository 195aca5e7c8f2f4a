"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/trpc/react";

export function NotificationBell() {
  const trpc = useTRPC();
  const unread = useQuery({ ...trpc.notification.unreadCount.queryOptions(), refetchInterval: 30_000 });
  const count = unread.data ?? 0;
  return (
    <Link href="/desk/notifications" aria-label={`Notifications, ${count} unread`}>
      Notifications{count > 0 ? <span className="count-badge">{count}</span> : null}
    </Link>
  );
}
