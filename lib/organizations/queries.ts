import "server-only";
import { db } from "@/lib/db";

/** The organisations of a resident, with their role. */
export function myOrganizations(userId: string) {
  return db.organizationMember.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, organization: { select: { id: true, name: true, taxCode: true } } },
  });
}
