"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";

export type UploadTexts = {
  choose: string; upload: string; uploading: string; progress: string; limits: string;
  errors: Record<string, string>;
};

type Props = {
  dossierId: string;
  slot: string;
  label: string;
  back: string;
  maxFileBytes: number;
  supplement?: boolean;
  /** The error of the last upload without JavaScript (from the address). */
  initialError?: string;
  texts: UploadTexts;
};

/**
 * One upload slot. Without JavaScript it is a plain multipart form (the server redirects back);
 * with it, the file goes by XHR so that a progress bar can show, and the size is checked before
 * sending. The server checks everything again.
 */
export function UploadSlot({ dossierId, slot, label, back, maxFileBytes, supplement, initialError, texts }: Props) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | undefined>(initialError);
  const [progress, setProgress] = useState<number | null>(null);
  const inputId = `upload-${slot}`;
  const errorId = `${inputId}-error`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setError(texts.errors.missingFile);
    if (file.size === 0) return setError(texts.errors.empty);
    if (file.size > maxFileBytes) return setError(texts.errors.tooLarge);
    setError(undefined);
    const request = new XMLHttpRequest();
    request.open("POST", `/api/ho-so/${dossierId}/giay-to`);
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (progressEvent) => {
      if (progressEvent.lengthComputable) setProgress(Math.round((progressEvent.loaded / progressEvent.total) * 100));
    };
    request.onload = () => {
      setProgress(null);
      let body: { ok?: boolean; error?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // not JSON: a proxy's error page
      }
      if (body.ok) {
        if (input.current) input.current.value = "";
        router.refresh();
      } else {
        setError(texts.errors[body.error ?? "failed"] ?? texts.errors.failed);
      }
    };
    request.onerror = () => {
      setProgress(null);
      setError(texts.errors.failed);
    };
    request.send(new FormData(event.currentTarget));
  };

  return (
    <form method="post" action={`/api/ho-so/${dossierId}/giay-to`} encType="multipart/form-data" onSubmit={onSubmit} className="mt-3 flex flex-col gap-2">
      <input type="hidden" name="slot" value={slot} />
      <input type="hidden" name="back" value={back} />
      {supplement ? <input type="hidden" name="supplement" value="1" /> : null}
      <label htmlFor={inputId} className="font-semibold">
        {texts.choose} <span className="sr-only">{label}</span>
      </label>
      <p id={`${inputId}-hint`} className="text-sm text-muted">
        {texts.limits}
      </p>
      {error ? (
        <p id={errorId} className="text-sm font-semibold text-danger-800" role="alert">
          {error}
        </p>
      ) : null}
      <input
        ref={input}
        id={inputId}
        name="file"
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        aria-describedby={error ? `${inputId}-hint ${errorId}` : `${inputId}-hint`}
        aria-invalid={error ? true : undefined}
        className="w-full rounded-md border-2 border-muted bg-white p-2 text-base file:mr-3 file:min-h-10 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:font-semibold"
        onChange={() => setError(undefined)}
      />
      {progress !== null ? (
        <div className="flex items-center gap-2">
          <progress max={100} value={progress} className="h-3 w-full" aria-label={texts.progress} />
          <span className="text-sm tabular-nums">{progress}%</span>
        </div>
      ) : null}
      <Button type="submit" variant="secondary" disabled={progress !== null} className="self-start">
        {progress !== null ? texts.uploading : texts.upload}
      </Button>
    </form>
  );
}
