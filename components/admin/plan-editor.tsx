"use client";
import { useActionState } from "react";
import { adminAction } from "@/app/[locale]/(live)/can-bo/(lam-viec)/quan-tri/actions";
import type { AdminFormState } from "@/lib/admin/form-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";

// The processing plan as a table of steps, one row per step plus spare empty rows: a step is added
// by filling a spare row and removed by emptying its name and unit. Errors sit in their cell.

export type PlanEditorRow = { name: string; unitCode: string; role: string; durationValue: string; durationUnit: string };
type Option = { value: string; label: string };

export type PlanEditorTexts = {
  caption: string; position: string; name: string; unit: string; role: string; duration: string; durationUnit: string;
  save: string; errorTitle: string; noUnit: string;
};

export function PlanEditor({ procedureCode, rows, units, roles, timeUnits, texts }: {
  procedureCode: string; rows: PlanEditorRow[]; units: Option[]; roles: Option[]; timeUnits: Option[]; texts: PlanEditorTexts;
}) {
  const [state, action, pending] = useActionState<AdminFormState, FormData>(adminAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values;
  const round = JSON.stringify(state).length;
  const value = (row: number, field: keyof PlanEditorRow) => (values ? (values[`step-${row}-${field}`] ?? "") : (rows[row]?.[field] ?? ""));
  const cell = (row: number, field: keyof PlanEditorRow, label: string, control: (props: { id: string; name: string; defaultValue: string; "aria-label": string; "aria-invalid"?: boolean; "aria-describedby"?: string; className: string }) => React.ReactNode) => {
    const id = `plan-${row}-${field}`;
    const error = errors[`step-${row}-${field}`];
    return (
      <td className="p-1 align-top">
        {control({
          id, name: `step-${row}-${field}`, defaultValue: value(row, field), "aria-label": `${label} (${texts.position} ${row + 1})`,
          "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-error` : undefined, className: controlClasses,
        })}
        {error ? <p id={`${id}-error`} className="text-sm font-semibold text-danger-800">{error}</p> : null}
      </td>
    );
  };
  return (
    <form action={action} className="flex flex-col gap-3" noValidate key={round}>
      {state.formError ? <Alert tone="error" title={texts.errorTitle}>{state.formError}</Alert> : null}
      <input type="hidden" name="procedureCode" value={procedureCode} />
      <input type="hidden" name="rows" value={rows.length} />
      <div className="overflow-x-auto">
        <table className="w-full min-w-[56rem] border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{texts.caption}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="p-1">{texts.position}</th>
              <th scope="col" className="p-1">{texts.name}</th>
              <th scope="col" className="p-1">{texts.unit}</th>
              <th scope="col" className="p-1">{texts.role}</th>
              <th scope="col" className="p-1">{texts.duration}</th>
              <th scope="col" className="p-1">{texts.durationUnit}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((_, row) => (
              <tr key={row} className="border-b">
                <th scope="row" className="p-1 align-top font-semibold">{row + 1}</th>
                {cell(row, "name", texts.name, (props) => <input type="text" {...props} />)}
                {cell(row, "unitCode", texts.unit, (props) => (
                  <select {...props}>
                    <option value="">{texts.noUnit}</option>
                    {units.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
                  </select>
                ))}
                {cell(row, "role", texts.role, (props) => (
                  <select {...props}>
                    <option value="">—</option>
                    {roles.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
                  </select>
                ))}
                {cell(row, "durationValue", texts.duration, (props) => <input type="text" inputMode="decimal" {...props} className={`${props.className} max-w-24`} />)}
                {cell(row, "durationUnit", texts.durationUnit, (props) => (
                  <select {...props}>
                    <option value="">—</option>
                    {timeUnits.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
                  </select>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <Button type="submit" name="intent" value="SAVE_PLAN" disabled={pending}>{texts.save}</Button>
      </div>
    </form>
  );
}
