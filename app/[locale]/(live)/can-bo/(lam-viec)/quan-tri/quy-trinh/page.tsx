import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { AgencyPicker } from "@/components/admin/agency-picker";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";
import { adminPage, firstParam, type SearchParams } from "@/lib/admin/page-context";
import { proceduresMatching, proceduresOf } from "@/lib/admin/queries";
import { agenciesToPick } from "@/lib/admin/scope";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("plansTitle"), robots: { index: false } };
}

export default async function PlansPage({ searchParams }: { searchParams: SearchParams }) {
  const { agency, agencyQuery, isSystem, params } = await adminPage("/can-bo/quan-tri/quy-trinh", searchParams);
  const t = await getTranslations("Admin");
  const query = firstParam(params.q).trim().slice(0, 100);
  const rows = agency ? await proceduresOf(agency.id) : await proceduresMatching(query);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("plansTitle")}</h1>
      {agency ? <p className="mt-1 text-muted">{t("agencyOf", { name: agency.name })}</p> : null}
      <div className="mt-3"><AdminNav agencyQuery={agencyQuery} /></div>
      <p className="mb-4 max-w-3xl">{t("plansLead")}</p>
      {isSystem ? (
        <div className="mb-4 flex flex-col gap-3">
          <AgencyPicker agencies={await agenciesToPick()} action="/can-bo/quan-tri/quy-trinh" current={agency?.id} />
          {!agency ? (
            <form method="get" action="/can-bo/quan-tri/quy-trinh" role="search" className="flex flex-wrap items-end gap-2">
              <TextInput id="plans-search" name="q" type="search" label={t("plansSearch")} defaultValue={query} className="min-w-72" autoComplete="off" />
              <Button type="submit" variant="secondary">{t("plansSearchSubmit")}</Button>
            </form>
          ) : null}
        </div>
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t("plansCaption")}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="p-2">{t("colCode")}</th>
              <th scope="col" className="p-2">{t("colProcedure")}</th>
              <th scope="col" className="p-2">{t("colSteps")}</th>
              {agency ? <th scope="col" className="p-2">{t("colReadiness")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} className="border-b align-top">
                <td className="p-2 font-mono">{row.code}</td>
                <td className="p-2"><Link href={`/can-bo/quan-tri/quy-trinh/${row.code}${agencyQuery}`}>{row.name}</Link></td>
                <td className="p-2">{row.steps}</td>
                {agency ? <td className="p-2">{row.missingUnits.length === 0 ? t("readinessOk") : t("readinessMissing", { codes: row.missingUnits.join(", ") })}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
