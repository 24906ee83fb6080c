import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { MESSAGES } from "@/lib/i18n/messages";
import "./globals.css";

const vi = MESSAGES.vi;
const en = MESSAGES.en;

export const metadata: Metadata = { title: `${vi.NotFound.title} · ${en.NotFound.title}`, robots: { index: false } };

/**
 * The document for an address no page answers. Next.js renders this boundary along with every page
 * (the cached ones too), so it reads nothing of the request: it says "not found" in Vietnamese and
 * in English. A page that answers "not found" itself (an unknown procedure, another person's
 * dossier) is drawn inside its own layout, in the visitor's language (app/[locale]/not-found.tsx).
 */
export default function NotFoundDocument() {
  return (
    <html lang="vi">
      <body className="flex min-h-dvh flex-col">
        <header className="border-t-4 border-accent bg-brand-900 text-white">
          <div className="mx-auto max-w-5xl px-4 py-3">
            <Link href="/" className="flex min-h-11 flex-col justify-center text-white no-underline hover:text-white">
              <span className="text-2xl leading-tight font-bold">{vi.Layout.portalName}</span>
              <span className="text-sm leading-tight">{vi.Layout.portalTagline}</span>
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10">
          <h1 className="text-3xl font-bold">{vi.NotFound.title}</h1>
          <p className="mt-3 text-lg">{vi.NotFound.body}</p>
          <div className="mt-6 flex flex-col gap-3 sm:flex-row">
            <ButtonLink href="/thu-tuc">{vi.NotFound.catalogue}</ButtonLink>
            <ButtonLink href="/" variant="secondary">
              {vi.NotFound.home}
            </ButtonLink>
          </div>
          <section lang="en" aria-labelledby="not-found-en" className="mt-10 border-t border-line pt-6">
            <h2 id="not-found-en" className="text-2xl font-bold">
              {en.NotFound.title}
            </h2>
            <p className="mt-3">{en.NotFound.body}</p>
            <p className="mt-3">
              <Link href="/ngon-ngu?to=en&back=%2Fthu-tuc" className="inline-flex min-h-11 items-center font-semibold">
                {en.NotFound.catalogue}
              </Link>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
