"use client";
import { useActionState } from "react";
import { startFilingAction, type StartState } from "@/app/[locale]/(cached)/thu-tuc/[code]/nop/actions";
import { Button } from "@/components/ui/button";

export type StartFormTexts = { agencyLegend: string; agencyHint: string; agencyError: string; start: string };

/** Choose the agency (when several take the procedure) and start the draft. */
export function StartForm(props: { procedureCode: string; idempotencyKey: string; agencies: { id: string; name: string }[]; texts: StartFormTexts }) {
  const [state, action, pending] = useActionState<StartState, FormData>(startFilingAction, {});
  const { texts } = props;
  const single = props.agencies.length === 1 ? props.agencies[0] : undefined;
  return (
    <form action={action} className="flex flex-col gap-6">
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      <input type="hidden" name="procedureCode" value={props.procedureCode} />
      {single ? (
        <input type="hidden" name="agencyId" value={single.id} />
      ) : (
        <fieldset aria-describedby={state.error ? "agency-error" : "agency-hint"}>
          <legend className="text-lg font-semibold">{texts.agencyLegend}</legend>
          <p id="agency-hint" className="text-sm text-muted">
            {texts.agencyHint}
          </p>
          {state.error ? (
            <p id="agency-error" className="mt-1 font-semibold text-danger-800">
              {texts.agencyError}
            </p>
          ) : null}
          <div className="mt-3 flex max-h-96 flex-col gap-2 overflow-y-auto">
            {props.agencies.map((agency) => (
              <label key={agency.id} className="flex min-h-11 items-center gap-3 rounded-md border border-muted/40 px-3 py-2">
                <input type="radio" name="agencyId" value={agency.id} className="size-5" required />
                {agency.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <Button type="submit" disabled={pending} className="self-start">
        {texts.start}
      </Button>
    </form>
  );
}
