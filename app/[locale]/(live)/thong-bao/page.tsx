import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { requireResident } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { latestNotifications } from "@/lib/notifications/queries";
import { markAllReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Notifications");
  return { title: t("title") };
}

export default async function NotificationsPage() {
  const user = await requireResident("/thong-bao");
  const t = await getTranslations("Notifications");
  const notifications = await latestNotifications(user.id);
  const unread = notifications.filter((notification) => !notification.readAt).length;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {unread > 0 ? (
        <form action={markAllReadAction} className="mt-4">
          <Button type="submit" variant="secondary">
            {t("markAllRead")}
          </Button>
        </form>
      ) : null}
      {notifications.length === 0 ? <p className="mt-6">{t("empty")}</p> : null}
      <ul className="mt-6 flex flex-col gap-3">
        {notifications.map((notification) => (
          <li key={notification.id} className="rounded-lg border border-muted/40 p-4">
            <p className="text-sm text-muted">
              {formatDateTime(notification.createdAt)}
              {notification.readAt ? null : <strong className="ml-2 text-ink">· {t("new")}</strong>}
            </p>
            <h2 className="mt-1 font-semibold">
              {notification.dossierId ? <Link href={`/ho-so/${notification.dossierId}`}>{notification.title}</Link> : notification.title}
            </h2>
            <p className="mt-1">{notification.body}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
