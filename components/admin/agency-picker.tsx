import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { PickableAgency } from "@/lib/admin/scope";
import { formatDate } from "@/lib/i18n/format";

/** The system administrator picks the agency to administer (a plain GET form). */
export async function AgencyPicker({ agencies, action, current }: { agencies: PickableAgency[]; action: string; current?: string }) {
  const t = await getTranslations("Admin");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2">
      <Select
        id="pick-agency" name="co-quan" label={t("pickAgency")} emptyOption={t("pickAgencyEmpty")} defaultValue={current ?? ""} className="min-w-80"
        options={agencies.map((agency) => ({
          value: agency.id,
          label: agency.validTo ? t("agencyUntil", { name: agency.name, code: agency.code, date: formatDate(agency.validTo) }) : agency.name,
        }))}
      />
      <Button type="submit" variant="secondary">{t("pickAgencySubmit")}</Button>
    </form>
  );
}
