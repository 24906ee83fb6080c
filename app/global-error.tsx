"use client";
// The last resort when the root layout itself fails: it replaces the layout (own <html>, no
// global styles, no i18n), so it says the essentials in both languages and shows no error text.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest =
    typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <html lang="vi">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem auto", maxWidth: "40rem", padding: "0 1rem", lineHeight: 1.6 }}>
        <h1>Đã có lỗi xảy ra</h1>
        <p>Vui lòng thử lại sau ít phút. Nếu lỗi lặp lại, hãy gọi đường dây nóng 1022 và đọc mã tham chiếu bên dưới.</p>
        <p lang="en">Something went wrong. Please try again in a few minutes; if it happens again, call the 1022 hotline and quote the reference below.</p>
        {digest ? <p>Mã tham chiếu / Reference: {digest}</p> : null}
        <p>
          <button type="button" onClick={() => retry()} style={{ minHeight: "2.75rem", padding: "0 1rem", fontSize: "1rem" }}>
            Thử lại / Try again
          </button>{" "}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load: the root layout itself failed. */}
          <a href="/">Trang chủ / Home</a>
        </p>
      </body>
    </html>
  );
}
