import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DelegationSubject } from "@/components/delegation/evaluation-heading";
import { EvaluationView } from "@/components/delegation/evaluation-view";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { delegationEvaluation } from "@/lib/delegation/read-evaluation";

type Props = { params: Promise<{ id: string }> };

// The public evaluation of one delegation (issue 10, docs/domain/delegation.md): the same figures
// as the administration's, read off the statistics rollups; nothing personal. A delegation that
// has not started is shown with its facts and no figures.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await delegationEvaluation((await params).id, new Date());
  const t = await getTranslations("Delegation");
  return found ? { title: t("evaluationPageTitle", { number: found.delegation.decisionNumber }) } : {};
}

export default async function DelegationEvaluationPage({ params }: Props) {
  const { id } = await params;
  const found = await delegationEvaluation(id, new Date());
  if (!found) notFound();
  const [t, tLayout, tStats] = await Promise.all([getTranslations("Delegation"), getTranslations("Layout"), getTranslations("StatisticsPages")]);
  return (
    <article className="mx-auto max-w-6xl px-4 py-4 sm:py-6">
      <div className="print:hidden">
        <Breadcrumbs items={[{ label: tLayout("home"), href: "/" }, { label: tStats("title"), href: "/thong-ke" }, { label: t("evaluationTitle") }]} />
      </div>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">{t("evaluationPageTitle", { number: found.delegation.decisionNumber })}</h1>
      <DelegationSubject delegation={found.delegation} />
      <EvaluationView evaluation={found.evaluation} csvHref={`/thong-ke/uy-quyen/${found.delegation.id}/tai-ve`} />
      <p className="mt-2 text-sm text-muted">{t("noPersonalData")}</p>
    </article>
  );
}
