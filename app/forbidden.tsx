import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mt-3 text-muted-foreground">{t("FORBIDDEN")}</p>
      <Button asChild variant="secondary" className="mt-6">
        <Link href="/">{t("home")}</Link>
      </Button>
    </main>
  );
}
