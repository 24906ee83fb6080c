import type { HTMLAttributes } from "react";
import { cx } from "./cx";

type TCardProps = HTMLAttributes<HTMLElement> & { as?: "div" | "article" | "section" | "li" };

export function Card({ as: Tag = "div", className, ...props }: TCardProps) {
  return <Tag className={cx("rounded-lg border border-line bg-white p-4 sm:p-5", className)} {...props} />;
}
