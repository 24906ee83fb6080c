import "server-only";
import { db } from "@/lib/db";

export function unreadCount(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export function latestNotifications(userId: string, take = 50) {
  return db.notification.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, dossierId: true, title: true, body: true, createdAt: true, readAt: true },
  });
}

export async function markAllRead(userId: string, now: Date): Promise<void> {
  await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
}
