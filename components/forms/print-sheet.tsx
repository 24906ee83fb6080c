import type { ReactNode } from "react";
import { formWords } from "@/lib/forms/form-words";
import type { FormAgency } from "@/lib/forms/types";
import { cx } from "@/components/ui/cx";
import "./print-sheet.css";

/**
 * A printable paper: on screen a white sheet the size of the paper, in print the only thing printed
 * (print-sheet.css). Its words are Vietnamese whatever the page's language: it is a legal form.
 */
export function PrintSheet({ paper, className, children }: { paper: "a5" | "a4-landscape"; className?: string; children: ReactNode }) {
  return (
    <article
      lang="vi"
      data-paper={paper}
      className={cx(
        "print-sheet mx-auto mt-4 border border-line bg-white p-6 font-serif text-[11pt] leading-snug text-black shadow-sm",
        paper === "a5" ? "max-w-[148mm]" : "max-w-[297mm]",
        className,
      )}
    >
      {children}
    </article>
  );
}

/** The heading of an administrative paper: the agency on the left, the national motto on the right. */
export function SheetHeading({ agency, codeLine, placeDate }: { agency: FormAgency; codeLine?: string; placeDate?: string }) {
  const t = formWords().text;
  return (
    <div className="grid grid-cols-[45fr_55fr] gap-2 text-center text-[9pt]">
      <div>
        <p>{agency.parentName?.toUpperCase()}</p>
        <p className="font-bold">{agency.name.toUpperCase()}</p>
        {codeLine ? <p className="mt-2">{codeLine}</p> : null}
      </div>
      <div>
        <p className="font-bold">{t("motto")}</p>
        <p className="font-bold underline">{t("mottoLine")}</p>
        {placeDate ? <p className="mt-2 italic">{placeDate}</p> : null}
      </div>
    </div>
  );
}
