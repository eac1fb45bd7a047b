import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { forPage } from "@/lib/auth/page-guard";
import { getAdminHome, getPostHome, getReconciliationHome } from "@/lib/data/home";
import { getDigits } from "@/lib/i18n/get-digits";
import { AdminHome } from "@/components/home/admin-home";
import { MinistryHome } from "@/components/home/ministry-home";
import { PostHome } from "@/components/home/post-home";

export async function generateMetadata() {
  const t = await getTranslations("home");
  return { title: t("title") };
}

/** Each role's home page: what it keeps an eye on, each number opening the list behind it. */
export default async function HomePage() {
  const [actor, digits] = await Promise.all([getActor(), getDigits()]);
  if (actor?.role === "ADMIN") return <AdminHome home={await forPage(getAdminHome(actor))} digits={digits} />;
  if (actor?.role === "MINISTRY") return <MinistryHome home={await forPage(getReconciliationHome(actor))} digits={digits} />;
  return <PostHome home={await forPage(getPostHome(actor))} postName={actor?.postName ?? null} digits={digits} />;
}
