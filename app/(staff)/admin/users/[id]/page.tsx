import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { allowedOnPage, forPage } from "@/lib/auth/page-guard";
import { listPosts } from "@/lib/data/posts";
import { getUser } from "@/lib/data/users";
import { AccountActions } from "@/components/admin/account-actions";
import { twoFactorState } from "@/components/admin/two-factor-state";
import { UserForm } from "@/components/admin/user-form";
import { resetPasswordAction, resetTwoFactorAction, setActiveAction, updateUserAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("accounts");
  return { title: t("edit") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor, t] = await Promise.all([params, getActor(), getTranslations()]);
  const admin = allowedOnPage(actor, "user.manage");
  const [user, posts] = await forPage(Promise.all([getUser(admin, id), listPosts(admin)]));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{user.name}</h1>
        <p className="text-sm text-muted-foreground">
          {user.email} · {user.active ? t("admin.active") : t("admin.inactive")} · {t("accounts.twoFactor")}: {twoFactorState(user, t)}
        </p>
      </div>
      <p className="max-w-2xl text-sm text-muted-foreground">{t("accounts.sessionsEnd")}</p>
      <UserForm action={updateUserAction.bind(null, user.id)} posts={posts} account={user} />
      <AccountActions
        resetPassword={resetPasswordAction.bind(null, user.id)}
        resetTwoFactor={resetTwoFactorAction.bind(null, user.id)}
        setActive={setActiveAction.bind(null, user.id, !user.active)}
        account={user}
      />
    </div>
  );
}
