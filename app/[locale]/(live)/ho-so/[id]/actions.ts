"use server";
import { redirect } from "next/navigation";
import { getSessionUser, residentActor } from "@/lib/auth/session";
import { rateDossier } from "@/lib/dossiers/rate-dossier";
import { OVERALL, RATING_CRITERIA, scoreOfOption } from "@/lib/dossiers/rating-criteria";
import { supplementDossier } from "@/lib/dossiers/supplement-dossier";
import { papersSinceSupplementRequest, visibleVersion } from "@/lib/dossiers/resident-view";
import { withdrawDossier } from "@/lib/dossiers/withdraw-dossier";
import { AppError } from "@/lib/errors";
import { startCheckout } from "@/lib/payments";

export type ActionState = { error?: "conflict" | "noFiles" | "overall" | "confirm" };

/** The resident and their dossier's current version; not theirs: 404 (the action throws NOT_FOUND). */
async function mine(dossierId: string) {
  const user = await getSessionUser();
  if (!user || user.role !== "RESIDENT") redirect(`/dang-nhap?next=${encodeURIComponent(`/ho-so/${dossierId}`)}`);
  const actor = residentActor(user);
  const dossier = await visibleVersion(actor, dossierId);
  if (!dossier) throw new AppError("NOT_FOUND");
  return { actor, dossier };
}

/** Runs a lifecycle command; someone else acting first is said plainly, not as an error page. */
async function run(command: () => Promise<unknown>): Promise<ActionState | null> {
  try {
    await command();
    return null;
  } catch (error) {
    if (error instanceof AppError && (error.code === "CONFLICT" || error.code === "INVALID_TRANSITION")) return { error: "conflict" };
    throw error;
  }
}

// Forms under useActionState carry the dossier id as a field, never a bound argument: a bound
// action answering with state loops without JavaScript (vercel/next.js#57867).
const idOf = (formData: FormData): string => String(formData.get("dossierId") ?? "");

export async function withdrawAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const dossierId = idOf(formData);
  if (formData.get("confirm") !== "yes") return { error: "confirm" };
  const { actor, dossier } = await mine(dossierId);
  const failed = await run(() => withdrawDossier({ dossierId, actor, now: new Date(), expectedVersion: dossier.version }));
  if (failed) return failed;
  redirect(`/ho-so/${dossierId}?da-rut=1`);
}

/** Sends the papers uploaded since the request: before receipt the desk checks again; after, the clock restarts. */
export async function supplementAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const dossierId = idOf(formData);
  const { actor, dossier } = await mine(dossierId);
  const papers = await papersSinceSupplementRequest(dossierId);
  if (papers.length === 0) return { error: "noFiles" };
  const failed = await run(() =>
    supplementDossier({ dossierId, actor, now: new Date(), expectedVersion: dossier.version, documentIds: papers }),
  );
  if (failed) return failed;
  redirect(`/ho-so/${dossierId}?da-bo-sung=1`);
}

export async function payAction(dossierId: string): Promise<void> {
  const { actor } = await mine(dossierId);
  redirect(await startCheckout(actor, dossierId));
}

export async function rateAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const dossierId = idOf(formData);
  const overall = String(formData.get("overall") ?? "");
  if (!(OVERALL as readonly string[]).includes(overall)) return { error: "overall" };
  const scores: Record<string, 0 | 1 | 2> = {};
  for (const criterion of RATING_CRITERIA) {
    const position = Number(formData.get(`score-${criterion.code}`));
    if (Number.isInteger(position) && position >= 0 && position <= 2) scores[criterion.code] = scoreOfOption(position);
  }
  const comment = String(formData.get("comment") ?? "").trim().slice(0, 1000);
  const { actor, dossier } = await mine(dossierId);
  const failed = await run(() =>
    rateDossier({ dossierId, actor, now: new Date(), expectedVersion: dossier.version, rating: { overall: overall as (typeof OVERALL)[number], scores, ...(comment ? { comment } : {}) } }),
  );
  if (failed) return failed;
  redirect(`/ho-so/${dossierId}?da-danh-gia=1`);
}
