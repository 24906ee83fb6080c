import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SkipLink } from "./skip-link";

/** The whole document around every page: language, skip link, header, main, footer. */
export async function DocumentFrame({ locale, children }: { locale: string; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        {/* Client components get only the texts they use: the error and not-found pages'. */}
        <NextIntlClientProvider messages={{ ErrorPage: messages.ErrorPage, NotFound: messages.NotFound }}>
          <SkipLink />
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
