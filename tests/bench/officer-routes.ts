// The back office's hot paths for `npm run bench`: the unit head's "my unit's dossiers", the
// leader's overdue queue, and the desk's search by dossier code and by ID number, each with the
// session of a demo officer of UBND Phường Bạch Mai (the ward the history fills the most).
import { createPrismaClient } from "@/lib/db-client";
import { officerCookieFor } from "../support/session.ts";

export async function officerRoutes(databaseUrl: string): Promise<{ label: string; route: string; cookie: string }[]> {
  const db = createPrismaClient(databaseUrl, 1);
  try {
    const agency = await db.agency.findUniqueOrThrow({ where: { slug: "hn-xa-bach-mai" }, select: { id: true } });
    // A dossier of the ward with a code, and one whose applicant has an ID number, to search for.
    const withCode = await db.dossier.findFirst({ where: { agencyId: agency.id, code: { not: null } }, orderBy: { receivedAt: "desc" }, select: { code: true } });
    const [withId] = await db.$queryRaw<{ nationalId: string }[]>`
      SELECT applicant_snapshot->>'nationalId' AS "nationalId" FROM dossier
      WHERE agency_id = ${agency.id}::uuid AND applicant_snapshot ? 'nationalId' AND status <> 'DRAFT' LIMIT 1`;
    const desk = (await officerCookieFor(db, "motcua.bachmai@motcua.test")).cookie;
    const head = (await officerCookieFor(db, "truongphong.bachmai@motcua.test")).cookie;
    const leader = (await officerCookieFor(db, "lanhdao.bachmai@motcua.test")).cookie;
    return [
      { label: "back office: my unit's dossiers (unit head)", route: "/can-bo?hang=don-vi", cookie: head },
      { label: "back office: overdue queue (leader)", route: "/can-bo?hang=qua-han", cookie: leader },
      { label: "back office: desk search by code", route: `/can-bo?q=${encodeURIComponent(withCode?.code ?? "none")}`, cookie: desk },
      { label: "back office: desk search by ID number", route: `/can-bo?q=${withId?.nationalId ?? "001000000000"}`, cookie: desk },
    ];
  } finally {
    await db.$disconnect();
  }
}
