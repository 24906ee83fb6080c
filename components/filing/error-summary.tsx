"use client";

/**
 * At the top of a form that failed: how many problems, each a link to its field (the pattern
 * GOV.UK's research settled on). Focused when it appears, so a screen reader reads it first.
 */
export function ErrorSummary({ title, items }: { title: string; items: { href: string; text: string }[] }) {
  return (
    <div role="alert" tabIndex={-1} className="rounded-md border-l-4 border-danger-800 bg-danger-50 p-4" ref={(node) => node?.focus()}>
      <p className="font-semibold">{title.replace("{count}", String(items.length))}</p>
      <ul className="mt-2 list-disc pl-6">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
