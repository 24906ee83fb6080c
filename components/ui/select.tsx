import type { ComponentProps } from "react";
import { controlClasses, describedBy, FieldFrame, type TFieldProps } from "./field";

export type TSelectOption = { value: string; label: string };
export type TSelectGroup = { label: string; options: TSelectOption[] };

type TSelectProps = TFieldProps &
  Omit<ComponentProps<"select">, "id" | "children"> & {
    options?: TSelectOption[];
    groups?: TSelectGroup[];
    /** First option with an empty value ("Tất cả"). */
    emptyOption?: string;
  };

export function Select({ id, label, hint, error, className, options = [], groups = [], emptyOption, ...select }: TSelectProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        className={controlClasses}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}
