import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";

type TVariant = "primary" | "secondary" | "danger";

const base =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-md px-5 py-2 text-base font-semibold " +
  "no-underline transition-colors disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<TVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-900 hover:text-white",
  secondary: "border-2 border-brand-700 bg-white text-brand-700 hover:bg-brand-50 hover:text-brand-900",
  danger: "border-2 border-danger-800 bg-white text-danger-800 hover:bg-danger-50 hover:text-danger-800",
};

export function buttonClasses(variant: TVariant = "primary", className?: string): string {
  return cx(base, variants[variant], className);
}

type TButtonProps = ComponentProps<"button"> & { variant?: TVariant };

export function Button({ variant = "primary", className, type = "button", ...props }: TButtonProps) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}

type TButtonLinkProps = Omit<ComponentProps<typeof Link>, "className"> & {
  variant?: TVariant;
  className?: string;
  children: ReactNode;
};

/** A link that looks like a button: for navigation (GET), never for actions. */
export function ButtonLink({ variant = "primary", className, ...props }: TButtonLinkProps) {
  return <Link className={buttonClasses(variant, className)} {...props} />;
}
