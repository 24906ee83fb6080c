"use client";
import { useState, type ChangeEvent } from "react";
import { controlClasses } from "@/components/ui/field";

export type FileHashCheckTexts = {
  label: string; hint: string; computing: string; matches: string; differs: string; fileHash: string; unavailable: string; error: string;
};

type Outcome = { state: "idle" } | { state: "computing" } | { state: "done"; hash: string; isMatch: boolean } | { state: "unavailable" } | { state: "error" };

const hex = (buffer: ArrayBuffer): string => Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, "0")).join("");

/**
 * Compares a file the visitor holds with the issued document's SHA-256, computed in the browser
 * with Web Crypto: the file never leaves the device. The verdict is said in words and announced.
 */
export function FileHashCheck({ expectedSha256, texts }: { expectedSha256: string; texts: FileHashCheckTexts }) {
  const [outcome, setOutcome] = useState<Outcome>({ state: "idle" });

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return setOutcome({ state: "idle" });
    // Web Crypto exists only in a secure context (https, or this machine).
    if (!globalThis.crypto?.subtle) return setOutcome({ state: "unavailable" });
    setOutcome({ state: "computing" });
    try {
      const hash = hex(await crypto.subtle.digest("SHA-256", await file.arrayBuffer()));
      setOutcome({ state: "done", hash, isMatch: hash === expectedSha256 });
    } catch {
      setOutcome({ state: "error" });
    }
  };

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor="verify-file" className="font-semibold text-ink">
        {texts.label}
      </label>
      <p id="verify-file-hint" className="text-sm text-muted">
        {texts.hint}
      </p>
      <input id="verify-file" type="file" aria-describedby="verify-file-hint verify-file-outcome" className={controlClasses} onChange={onChange} />
      <div id="verify-file-outcome" role="status" aria-live="polite" data-testid="file-check-outcome">
        {outcome.state === "computing" ? <p>{texts.computing}</p> : null}
        {outcome.state === "unavailable" ? <p className="font-semibold">{texts.unavailable}</p> : null}
        {outcome.state === "error" ? <p className="font-semibold text-danger-800">{texts.error}</p> : null}
        {outcome.state === "done" ? (
          <div className={`rounded-md border-l-4 p-3 ${outcome.isMatch ? "border-success-800 bg-success-50" : "border-danger-800 bg-danger-50"}`}>
            <p className="font-semibold">{outcome.isMatch ? texts.matches : texts.differs}</p>
            <p className="mt-1 text-sm">
              {texts.fileHash} <code className="break-all">{outcome.hash}</code>
            </p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
