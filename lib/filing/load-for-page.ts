import "server-only";
import { notFound, redirect } from "next/navigation";
import { requireResident, residentActor } from "@/lib/auth/session";
import { loadDraft, sentDossierOf } from "./drafts";

/** A wizard page's draft: the signed-in resident's own, still a draft; once sent, its dossier page. */
export async function draftForPage(dossierId: string, step: string) {
  const user = await requireResident(`/nop-ho-so/${dossierId}/${step}`);
  const draft = await loadDraft(residentActor(user), dossierId);
  if (!draft) {
    const sent = await sentDossierOf(user.id, dossierId);
    if (sent) redirect(`/ho-so/${sent}`);
    notFound();
  }
  return { user, draft };
}
