import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { DoneNotice } from "@/components/admin/done-notice";
import { PlanEditor } from "@/components/admin/plan-editor";
import { adminPage, firstParam, type SearchParams } from "@/lib/admin/page-context";
import { planForAdmin } from "@/lib/admin/queries";
import { checkPlan, OFFICER_ROLES, TIME_UNITS } from "@/lib/admin/rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("plansTitle"), robots: { index: false } };
}

const SPARE_ROWS = 2;
const decimalText = (value: number) => String(value).replace(".", ",");

export default async function PlanPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: SearchParams }) {
  const { code } = await params;
  const page = await adminPage(`/can-bo/quan-tri/quy-trinh/${code}`, searchParams);
  const plan = await planForAdmin(page.actor, code);
  if (!plan) notFound();
  const t = await getTranslations("Admin");
  const unitName = new Map(plan.units.map((unit) => [unit.code, unit.name]));
  const check = checkPlan(plan.steps.map((step) => ({ ...step, durationUnit: step.durationUnit })), new Map(plan.units.map((unit) => [unit.code, unit.kind])), plan.limits);
  const limit = plan.limits[0];
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("planTitle", { code: plan.code })}</h1>
      <p className="mt-1">{plan.name}</p>
      <div className="mt-3"><AdminNav agencyQuery={page.agencyQuery} /></div>
      {firstParam(page.params.xong) === "luu" ? <DoneNotice title={t("doneTitle")}>{t("done_luu")}</DoneNotice> : null}
      <p>{limit ? t("planLimit", { limit: `${decimalText(limit.value)} ${t(`unit_${limit.unit}`)}` }) : t("planLimitNone")}</p>
      {check.totals[0] ? <p>{t("planTotal", { total: decimalText(check.totals[0].total), limit: decimalText(check.totals[0].limit), unit: t(`unit_${check.totals[0].unit}`) })}</p> : null}
      <p>{t("planShared", { count: plan.agencyCount })}</p>
      {page.isSystem ? (
        <div className="mt-4">
          <p className="mb-3 max-w-3xl">{t("planRules")}</p>
          <PlanEditor
            procedureCode={plan.code}
            rows={[
              ...plan.steps.map((step) => ({ name: step.name, unitCode: step.unitCode, role: step.role, durationValue: step.durationValue === null ? "" : decimalText(step.durationValue), durationUnit: step.durationUnit ?? "" })),
              ...Array.from({ length: SPARE_ROWS }, () => ({ name: "", unitCode: "", role: "", durationValue: "", durationUnit: "" })),
            ]}
            units={plan.units.map((unit) => ({ value: unit.code, label: `${unit.code} · ${unit.name}` }))}
            roles={OFFICER_ROLES.map((role) => ({ value: role, label: t(`role_${role}`) }))}
            timeUnits={TIME_UNITS.map((unit) => ({ value: unit, label: t(`unit_${unit}`) }))}
            texts={{
              caption: t("planCaption"), position: t("colPosition"), name: t("colName"), unit: t("colUnit"), role: t("colRole"), duration: t("colDuration"),
              durationUnit: t("colDurationUnit"), save: t("planSave"), errorTitle: t("errorTitle"), noUnit: t("noUnit"),
            }}
          />
        </div>
      ) : (
        <div className="mt-4">
          <p className="mb-3">{t("planReadOnly")}</p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left font-semibold">{t("planCaption")}</caption>
              <thead>
                <tr className="border-b">
                  <th scope="col" className="p-2">{t("colPosition")}</th>
                  <th scope="col" className="p-2">{t("colName")}</th>
                  <th scope="col" className="p-2">{t("colUnit")}</th>
                  <th scope="col" className="p-2">{t("colRole")}</th>
                  <th scope="col" className="p-2">{t("colDuration")}</th>
                </tr>
              </thead>
              <tbody>
                {plan.steps.map((step) => (
                  <tr key={step.position} className="border-b">
                    <th scope="row" className="p-2">{step.position}</th>
                    <td className="p-2">{step.name}</td>
                    <td className="p-2">{step.unitCode}{unitName.has(step.unitCode) ? ` · ${unitName.get(step.unitCode)}` : ""}</td>
                    <td className="p-2">{t(`role_${step.role}`)}</td>
                    <td className="p-2">{step.durationValue === null || !step.durationUnit ? t("notSpecified") : `${decimalText(step.durationValue)} ${t(`unit_${step.durationUnit}`)}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <p className="mt-6"><Link href={`/can-bo/quan-tri/quy-trinh${page.agencyQuery}`}>{t("back")}</Link></p>
    </div>
  );
}
