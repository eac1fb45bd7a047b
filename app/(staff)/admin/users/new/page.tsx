import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { allowedOnPage, forPage } from "@/lib/auth/page-guard";
import { listPosts } from "@/lib/data/posts";
import { UserForm } from "@/components/admin/user-form";
import { createUserAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("accounts");
  return { title: t("new") };
}

export default async function NewUserPage() {
  const [actor, t] = await Promise.all([getActor(), getTranslations("accounts")]);
  const posts = await forPage(listPosts(allowedOnPage(actor, "user.manage")));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("new")}</h1>
      <p className="max-w-2xl text-sm text-muted-foreground">{t("newIntro")}</p>
      <UserForm action={createUserAction} posts={posts} />
    </div>
  );
}
