"use client";
import { useActionState } from "react";
import { rateAction, supplementAction, withdrawAction, type ActionState } from "@/app/[locale]/(live)/ho-so/[id]/actions";
import { Button } from "@/components/ui/button";

type ErrorTexts = Record<NonNullable<ActionState["error"]>, string>;

function ErrorLine({ state, texts, id }: { state: ActionState; texts: ErrorTexts; id: string }) {
  return state.error ? (
    <p id={id} role="alert" className="font-semibold text-danger-800">
      {texts[state.error]}
    </p>
  ) : null;
}

export function WithdrawForm({ dossierId, texts }: { dossierId: string; texts: { confirm: string; submit: string; errors: ErrorTexts } }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(withdrawAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="dossierId" value={dossierId} />
      <ErrorLine state={state} texts={texts.errors} id="withdraw-error" />
      <label className="flex items-start gap-3">
        <input type="checkbox" name="confirm" value="yes" className="mt-1 size-5" aria-describedby={state.error ? "withdraw-error" : undefined} />
        <span>{texts.confirm}</span>
      </label>
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {texts.submit}
      </Button>
    </form>
  );
}

export function SupplementForm({ dossierId, texts }: { dossierId: string; texts: { submit: string; errors: ErrorTexts } }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(supplementAction, {});
  return (
    <form action={action} className="mt-4 flex flex-col gap-3">
      <input type="hidden" name="dossierId" value={dossierId} />
      <ErrorLine state={state} texts={texts.errors} id="supplement-error" />
      <Button type="submit" disabled={pending} className="self-start">
        {texts.submit}
      </Button>
    </form>
  );
}

type RatingTexts = {
  overallLegend: string;
  overall: { value: string; label: string }[];
  criteria: { code: string; label: string; options: string[] }[];
  comment: string;
  submit: string;
  errors: ErrorTexts;
};

/** The survey of DOMAIN §8: the overall question is required, each indicator optional. */
export function RatingForm({ dossierId, texts }: { dossierId: string; texts: RatingTexts }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(rateAction, {});
  return (
    <form action={action} className="flex flex-col gap-5">
      <input type="hidden" name="dossierId" value={dossierId} />
      <fieldset aria-describedby={state.error ? "rating-error" : undefined}>
        <legend className="font-semibold">{texts.overallLegend}</legend>
        <ErrorLine state={state} texts={texts.errors} id="rating-error" />
        <div className="mt-2 flex flex-col gap-2 sm:flex-row">
          {texts.overall.map((option) => (
            <label key={option.value} className="flex min-h-11 items-center gap-2 rounded-md border border-muted/40 px-3">
              <input type="radio" name="overall" value={option.value} className="size-5" />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      {texts.criteria.map((criterion) => (
        <fieldset key={criterion.code}>
          <legend>{criterion.label}</legend>
          <div className="mt-1 flex flex-col gap-1 sm:flex-row sm:gap-3">
            {criterion.options.map((option, position) => (
              <label key={option} className="flex min-h-11 items-center gap-2">
                <input type="radio" name={`score-${criterion.code}`} value={position} className="size-5" />
                {option}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <label className="flex flex-col gap-1">
        <span>{texts.comment}</span>
        <textarea name="comment" maxLength={1000} className="min-h-24 rounded-md border-2 border-muted p-2" />
      </label>
      <Button type="submit" disabled={pending} className="self-start">
        {texts.submit}
      </Button>
    </form>
  );
}
