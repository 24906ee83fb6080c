import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QueueTable } from "@/components/back-office/queue-table";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { TextInput } from "@/components/ui/text-input";
import { requireOfficer } from "@/lib/auth/staff";
import { isQueueKey, queuesFor, searchKindOf, type QueueKey } from "@/lib/back-office/queue-rules";
import { queueCounts, queuePage, searchDossiers } from "@/lib/back-office/queues";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Queues");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

export default async function QueuesPage({ searchParams }: Props) {
  const params = await searchParams;
  const { actor } = await requireOfficer("/can-bo");
  const t = await getTranslations("Queues");
  const now = new Date();
  const available = queuesFor(actor);
  const requested = first(params.hang);
  const key: QueueKey = isQueueKey(requested) && available.includes(requested) ? requested : available[0]!;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(first(params.trang), 10) || 1));
  const query = first(params.q).trim().slice(0, 100);
  const recoveryLeft = first(params["du-phong"]);
  const [counts, results] = await Promise.all([queueCounts(actor, now), query ? searchDossiers(actor, query, now) : Promise.resolve(null)]);
  const list = query ? null : await queuePage(actor, key, page, now);
  const countOf = new Map(counts.map((entry) => [entry.key, entry.count]));
  return (
    <div className="flex flex-col gap-6 lg:flex-row">
      <nav aria-label={t("queuesLabel")} className="lg:w-72 lg:shrink-0">
        <ul className="flex flex-col gap-1">
          {available.map((queue) => (
            <li key={queue}>
              <Link
                href={`/can-bo?hang=${queue}`}
                aria-current={!query && queue === key ? "page" : undefined}
                className="flex min-h-11 items-center justify-between gap-2 rounded-md border border-line px-3 py-2 no-underline hover:underline aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
              >
                <span>{t(`q_${queue}`)}</span>
                {countOf.has(queue) ? <span className="rounded-full bg-ink px-2 text-sm font-semibold text-white">{countOf.get(queue)}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">
        {recoveryLeft ? <Alert tone="warning" className="mb-4">{t("recoveryLeft", { count: Number(recoveryLeft) || 0 })}</Alert> : null}
        <form method="get" action="/can-bo" role="search" className="mb-4 flex flex-wrap items-end gap-2">
          <TextInput id="queue-search" name="q" type="search" label={t("searchLabel")} hint={t("searchHint")} defaultValue={query} className="min-w-72 flex-1" autoComplete="off" />
          <Button type="submit">{t("searchSubmit")}</Button>
        </form>
        {query ? (
          <section aria-labelledby="results-title">
            <h1 id="results-title" className="text-2xl font-bold">{t("searchResults", { q: query, count: results?.length ?? 0 })}</h1>
            <p className="mt-1"><Link href={`/can-bo?hang=${key}`}>{t("searchClear")}</Link></p>
            {!searchKindOf(query) ? <p className="mt-3">{t("searchTooShort")}</p> : results && results.length > 0 ? (
              <div className="mt-3"><QueueTable rows={results} caption={t("searchResults", { q: query, count: results.length })} /></div>
            ) : (
              <p className="mt-3">{t("searchNone")}</p>
            )}
          </section>
        ) : list ? (
          <section aria-labelledby="queue-title">
            <h1 id="queue-title" className="text-2xl font-bold">{t(`q_${key}`)}</h1>
            <p className="mt-1 text-muted">{t("count", { count: list.total })}</p>
            {list.rows.length === 0 ? <p className="mt-3">{t("empty")}</p> : (
              <div className="mt-3">
                <QueueTable rows={list.rows} caption={t("tableCaption", { queue: t(`q_${key}`), page: list.page, pageCount: list.pageCount })} />
              </div>
            )}
            <Pagination page={list.page} pageCount={list.pageCount} hrefForPage={(n) => `/can-bo?hang=${key}&trang=${n}`} />
          </section>
        ) : null}
      </div>
    </div>
  );
}
