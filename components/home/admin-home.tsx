import { useTranslations } from "next-intl";
import Link from "next/link";
import type { AdminHomeData } from "@/lib/data/home";
import type { Digits } from "@/lib/i18n/digits";
import { EmptyState } from "@/components/ui/card";
import { stacked, Table, Td, Th } from "@/components/ui/table";
import { useAppFormat } from "@/lib/i18n/use-app-format";
import { HomeSection, StatTile, tileGrid } from "./stat-tile";

/** The administrators' home page: accounts by role, posts, and the latest failed sign-ins. */
export function AdminHome({ home, digits }: { home: AdminHomeData; digits: Digits }) {
  const t = useTranslations();
  const format = useAppFormat(digits);
  const columns = { when: t("home.admin.when"), email: t("home.admin.email"), address: t("home.admin.address") };

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("home.title")}</h1>

      <HomeSection id="accounts-title" title={t("home.admin.accountsTitle")} more={{ href: "/admin/users", label: t("home.admin.allAccounts") }}>
        <div className={tileGrid}>
          {home.accounts.map((account) => (
            <StatTile
              key={account.role}
              testId={`tile-accounts-${account.role}`}
              label={t("home.admin.activeAccounts", { role: t(`enums.role.${account.role}`) })}
              value={format.count(account.active)}
              hint={t("home.admin.inactiveAccounts", { count: account.inactive })}
              href="/admin/users"
            />
          ))}
        </div>
      </HomeSection>

      <HomeSection id="posts-title" title={t("home.admin.postsTitle")} more={{ href: "/admin", label: t("home.admin.allPosts") }}>
        <div className={tileGrid}>
          <StatTile
            testId="tile-posts"
            label={t("home.admin.posts")}
            value={format.count(home.posts.posts)}
            hint={t("home.admin.postsWithoutStaff", { count: home.posts.withoutStaff })}
            href="/admin"
          />
        </div>
      </HomeSection>

      <HomeSection id="failures-title" title={t("home.admin.failuresTitle")} more={{ href: "/admin/users", label: t("home.admin.allAccounts") }}>
        {home.signInFailures.length === 0 ? (
          <EmptyState title={t("home.admin.noFailures")} />
        ) : (
          <Table className={stacked.table} data-testid="sign-in-failures">
            <caption className="sr-only">{t("home.admin.failuresCaption")}</caption>
            <thead>
              <tr>
                <Th>{columns.when}</Th>
                <Th>{columns.email}</Th>
                <Th>{columns.address}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {home.signInFailures.map((failure, index) => (
                <tr key={index} className={stacked.row}>
                  <Td className={`${stacked.cell} whitespace-nowrap`} data-label={columns.when}>
                    {format.moment(failure.at)}
                  </Td>
                  <Td className={`${stacked.cell} break-all`} data-label={columns.email}>
                    {failure.userId ? (
                      <Link href={`/admin/users/${failure.userId}`} className="text-link underline underline-offset-2">
                        {failure.email ?? t("home.admin.account")}
                      </Link>
                    ) : (
                      (failure.email ?? t("home.admin.notRecorded"))
                    )}
                  </Td>
                  <Td className={`${stacked.cell} font-mono`} data-label={columns.address}>
                    {failure.address ?? t("home.admin.notRecorded")}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </HomeSection>
    </div>
  );
}
