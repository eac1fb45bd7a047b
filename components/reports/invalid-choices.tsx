import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";

export function InvalidChoices() {
  const t = useTranslations("reports");
  return (
    <Notice role="alert" tone="error">
      {t("badQuery")}
    </Notice>
  );
}
