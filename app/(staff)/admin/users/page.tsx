import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";
import { can } from "@/lib/auth/permissions";
import { forPage } from "@/lib/auth/page-guard";
import { listUsers } from "@/lib/data/users";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { CheckedThenStreamed } from "../../checked-then-streamed";
import { twoFactorState } from "@/components/admin/two-factor-state";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("users") };
}

async function UsersPageContent() {
  const [actor, t] = await Promise.all([getActor(), getTranslations()]);
  const users = await forPage(listUsers(actor));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("admin.users")}</h1>
        {actor && can(actor, "user.manage") && (
          <Button asChild>
            <Link href="/admin/users/new">{t("accounts.new")}</Link>
          </Button>
        )}
      </div>
      {users.length === 0 ? (
        <EmptyState title={t("admin.noUsers")} />
      ) : (
      <Table>
        <thead>
          <tr>
            <Th>{t("admin.name")}</Th>
            <Th>{t("login.email")}</Th>
            <Th>{t("admin.role")}</Th>
            <Th>{t("admin.post")}</Th>
            <Th>{t("admin.state")}</Th>
            <Th>{t("accounts.twoFactor")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {users.map((user) => (
            <tr key={user.id}>
              <Td>
                <Link href={`/admin/users/${user.id}`} className="text-link hover:underline">
                  {user.name}
                </Link>
              </Td>
              <Td>{user.email}</Td>
              <Td>{t(`enums.role.${user.role}`)}</Td>
              <Td>{user.post?.name ?? "—"}</Td>
              <Td>
                {user.active ? t("admin.active") : t("admin.inactive")}
                {user.active && user.mustChangePassword ? ` · ${t("accounts.mustChangePassword")}` : ""}
              </Td>
              <Td>{twoFactorState(user, t)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      )}
    </div>
  );
}

export default function UsersPage() {
  return (
    <CheckedThenStreamed action="user.read" fallback={<ListPageSkeleton />}>
      <UsersPageContent />
    </CheckedThenStreamed>
  );
}
