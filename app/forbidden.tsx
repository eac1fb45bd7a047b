import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("FORBIDDEN")}</p>
      <Link href="/" className={buttonClass("secondary", "mt-6")}>
        {t("home")}
      </Link>
    </main>
  );
}
