import "server-only";
import { db } from "@/lib/db";
import { env, usesLocalIdentityProvider } from "@/lib/env";

/** Development only (no mail server and the local identity provider): what would have been sent is shown at /hop-thu-thu-nghiem. */
export const isDevelopmentMailbox = (): boolean => env.SMTP_URL === undefined && usesLocalIdentityProvider;

export function latestMailboxMessages(limit = 50) {
  return db.mailboxMessage.findMany({ orderBy: { sentAt: "desc" }, take: limit, select: { id: true, channel: true, recipient: true, subject: true, body: true, sentAt: true } });
}
