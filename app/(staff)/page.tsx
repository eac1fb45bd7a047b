import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { forPage } from "@/lib/auth/page-guard";
import { getAdminHome, getPostHome, getReconciliationHome } from "@/lib/data/home";
import { getDigits } from "@/lib/i18n/get-digits";
import { AdminHome } from "@/components/home/admin-home";
import { MinistryHome } from "@/components/home/ministry-home";
import { PostHome } from "@/components/home/post-home";
import { CaseDeadlines } from "@/components/home/case-deadlines";
import { countOverdueCases } from "@/lib/data/case-list";

export async function generateMetadata() {
  const t = await getTranslations("home");
  return { title: t("title") };
}

/** Each role's home page: what it keeps an eye on, each number opening the list behind it. */
export default async function HomePage() {
  const [actor, digits] = await Promise.all([getActor(), getDigits()]);
  if (actor?.role === "ADMIN") return <AdminHome home={await forPage(getAdminHome(actor))} digits={digits} />;
  if (actor?.role === "MINISTRY") {
    const [home, overdue] = await Promise.all([forPage(getReconciliationHome(actor)), forPage(countOverdueCases(actor))]);
    return (
      <div className="space-y-8">
        <MinistryHome home={home} digits={digits} />
        <CaseDeadlines overdue={overdue} digits={digits} />
      </div>
    );
  }
  const [home, overdue] = await Promise.all([forPage(getPostHome(actor)), forPage(countOverdueCases(actor))]);
  return (
    <div className="space-y-8">
      <PostHome home={home} postName={actor?.postName ?? null} digits={digits} />
      <CaseDeadlines overdue={overdue} digits={digits} />
    </div>
  );
}
