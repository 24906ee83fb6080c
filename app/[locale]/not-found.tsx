"use client";
// "Not found" inside the page's own layout, for a link followed in the browser. A client component:
// Next.js renders this boundary along with every page, the cached ones too, so it must not read
// the request; its texts come with the layout's client messages (components/layout/document-frame.tsx).
import { NotFoundBody } from "@/components/layout/not-found-body";

export default function NotFound() {
  return <NotFoundBody />;
}
