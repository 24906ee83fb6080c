import type { ComponentProps } from "react";
import { controlClasses, describedBy, FieldFrame, type TFieldProps } from "./field";
import { cx } from "./cx";

type TTextInputProps = TFieldProps & Omit<ComponentProps<"input">, "id"> & { inputClassName?: string };

export function TextInput({ id, label, hint, error, className, inputClassName, type = "text", ...input }: TTextInputProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        type={type}
        className={cx(controlClasses, inputClassName)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </FieldFrame>
  );
}
