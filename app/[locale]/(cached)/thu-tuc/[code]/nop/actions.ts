"use server";
import { redirect } from "next/navigation";
import { getSessionUser, residentActor } from "@/lib/auth/session";
import { procedureForFiling, startFiling } from "@/lib/filing/drafts";

export type StartState = { error?: "agency" };

/** The procedure travels as a form field (a bound action answering with state loops without JavaScript, vercel/next.js#57867). */
export async function startFilingAction(_state: StartState, formData: FormData): Promise<StartState> {
  const procedureCode = String(formData.get("procedureCode") ?? "");
  const user = await getSessionUser();
  if (!user || user.role !== "RESIDENT") redirect(`/dang-nhap?next=${encodeURIComponent(`/thu-tuc/${procedureCode}/nop`)}`);
  const procedure = await procedureForFiling(procedureCode);
  if (!procedure) redirect(`/thu-tuc/${encodeURIComponent(procedureCode)}`);
  const agencyId = String(formData.get("agencyId") ?? "");
  if (!procedure.agencies.some((agency) => agency.id === agencyId)) return { error: "agency" };
  const key = String(formData.get("idempotencyKey") ?? "");
  const { dossierId } = await startFiling({
    actor: residentActor(user), procedureCode, agencyId, now: new Date(),
    // One draft per page view: the key comes with the page; a repeated click finds the same draft.
    idempotencyKey: /^[0-9a-f-]{36}$/.test(key) ? `${user.id}:${key}` : `${user.id}:${crypto.randomUUID()}`,
  });
  redirect(`/nop-ho-so/${dossierId}/nguoi-nop`);
}
