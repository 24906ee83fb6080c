import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";

/** The home page's search: a plain GET form to the catalogue, works without JavaScript. */
export function ProcedureSearchBox() {
  const t = useTranslations("Home");
  return (
    <form action="/thu-tuc" method="get" role="search" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <TextInput
        id="home-q"
        name="q"
        type="search"
        label={t("searchLabel")}
        hint={t("searchHint")}
        maxLength={200}
        autoComplete="off"
        enterKeyHint="search"
        className="flex-1"
        inputClassName="text-lg"
      />
      <Button type="submit" className="sm:min-w-40">
        {t("searchButton")}
      </Button>
    </form>
  );
}
