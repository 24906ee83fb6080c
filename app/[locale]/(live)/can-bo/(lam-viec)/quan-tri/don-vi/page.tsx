import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { AgencyPicker } from "@/components/admin/agency-picker";
import { adminPage, type SearchParams } from "@/lib/admin/page-context";
import { unitsOf } from "@/lib/admin/queries";
import { UNIT_KINDS } from "@/lib/admin/rules";
import { agenciesToPick } from "@/lib/admin/scope";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("unitsTitle"), robots: { index: false } };
}

export default async function UnitsPage({ searchParams }: { searchParams: SearchParams }) {
  const { agency, agencyQuery } = await adminPage("/can-bo/quan-tri/don-vi", searchParams);
  const t = await getTranslations("Admin");
  if (!agency) {
    return (
      <div>
        <h1 className="text-2xl font-bold">{t("unitsTitle")}</h1>
        <div className="mt-3"><AdminNav agencyQuery="" /></div>
        <AgencyPicker agencies={await agenciesToPick()} action="/can-bo/quan-tri/don-vi" />
      </div>
    );
  }
  const units = await unitsOf(agency.id);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("unitsTitle")}</h1>
      <p className="mt-1 text-muted">{t("agencyOf", { name: agency.name })}</p>
      <div className="mt-3"><AdminNav agencyQuery={agencyQuery} /></div>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t("unitsCaption", { agency: agency.name })}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="p-2">{t("colCode")}</th>
              <th scope="col" className="p-2">{t("colName")}</th>
              <th scope="col" className="p-2">{t("colKind")}</th>
              <th scope="col" className="p-2">{t("colOfficers")}</th>
              <th scope="col" className="p-2">{t("colStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit.id} className="border-b">
                <td className="p-2 font-mono">{unit.code}</td>
                <td className="p-2"><Link href={`/can-bo/quan-tri/don-vi/${unit.id}`}>{unit.name}</Link></td>
                <td className="p-2">{t(`kind_${unit.kind}`)}</td>
                <td className="p-2">{unit.officers}</td>
                <td className="p-2">{unit.isActive ? t("active") : t("inactive")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-6 max-w-xl">
        <AdminForm
          id="create-unit" title={t("createUnitTitle")} errorTitle={t("errorTitle")} hidden={{ agencyId: agency.id }}
          fields={[
            { type: "text", name: "code", label: t("unitCode"), hint: t("unitCodeHint"), short: true, autoComplete: "off" },
            { type: "text", name: "name", label: t("unitName"), autoComplete: "off" },
            { type: "select", name: "kind", label: t("unitKind"), emptyOption: t("chooseOne"), options: UNIT_KINDS.map((kind) => ({ value: kind, label: t(`kind_${kind}`) })) },
          ]}
          buttons={[{ intent: "CREATE_UNIT", label: t("createUnitSubmit") }]}
        />
      </div>
    </div>
  );
}
