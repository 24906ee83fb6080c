// Answers of the route handlers that hand out files (forms, ledgers): "not found" for anything the
// caller may not see (never 403), and attachments that are never shown inline, sniffed or cached.

export function notFoundResponse(): Response {
  return new Response("Không tìm thấy (not found)", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export function badRequestResponse(): Response {
  return new Response("Yêu cầu không hợp lệ (bad request)", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** `fileName` is ASCII (codes and dates only: never a name or anything personal). */
export function attachmentResponse(body: BodyInit, contentType: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
