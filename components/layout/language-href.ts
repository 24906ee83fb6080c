/** Link to the language route handler (app/ngon-ngu/route.ts), which comes back to `back`. */
export function switchHref(to: string, back: string | null): string {
  const params = new URLSearchParams({ to });
  if (back) params.set("back", back);
  return `/ngon-ngu?${params.toString()}`;
}
