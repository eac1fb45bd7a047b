import { getTranslations } from "next-intl/server";
import { ErrorPage } from "@/components/error-page";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return <ErrorPage title={t("notFoundTitle")} message={t("NOT_FOUND")} home={t("home")} />;
}
