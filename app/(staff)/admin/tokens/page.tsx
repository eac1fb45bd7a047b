import { getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { getActor } from "@/lib/auth/actor";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";
import { forPage } from "@/lib/auth/page-guard";
import { listApiTokens } from "@/lib/data/api-tokens";
import { listPosts } from "@/lib/data/posts";
import { EmptyState } from "@/components/ui/card";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { Table, Td, Th } from "@/components/ui/table";
import { TokenForm } from "@/components/admin/token-form";
import { issueTokenAction, revokeTokenAction } from "./actions";
import { CheckedThenStreamed } from "../../checked-then-streamed";

export async function generateMetadata() {
  const t = await getTranslations("tokens");
  return { title: t("title") };
}

async function TokensPageContent() {
  const [actor, t, format] = await Promise.all([getActor(), getTranslations(), getAppFormat()]);
  const [tokens, posts] = await forPage(Promise.all([listApiTokens(actor), listPosts(actor)]));
  const when = (date: Date | null) => (date ? format.moment(date) : "—");
  const now = new Date();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("tokens.title")}</h1>
        <p className="max-w-3xl text-sm text-muted-foreground">{t("tokens.intro")}</p>
      </div>
      {tokens.length === 0 ? (
        <EmptyState title={t("tokens.none")} />
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t("tokens.name")}</Th>
              <Th>{t("tokens.prefix")}</Th>
              <Th>{t("admin.role")}</Th>
              <Th>{t("admin.post")}</Th>
              <Th>{t("tokens.owner")}</Th>
              <Th>{t("tokens.created")}</Th>
              <Th>{t("tokens.expires")}</Th>
              <Th>{t("tokens.lastUsed")}</Th>
              <Th>{t("admin.state")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {tokens.map((token) => (
              <tr key={token.id}>
                <Td>{token.name}</Td>
                <Td className="font-mono">{token.prefix}…</Td>
                <Td>{t(`enums.role.${token.role}`)}</Td>
                <Td>{token.post?.name ?? "—"}</Td>
                <Td>{token.owner.name}</Td>
                <Td>{when(token.createdAt)}</Td>
                <Td>{when(token.expiresAt)}</Td>
                <Td>{when(token.lastUsedAt)}</Td>
                <Td>
                  {token.revokedAt ? (
                    t("tokens.revokedOn", { date: when(token.revokedAt) })
                  ) : token.expiresAt <= now ? (
                    t("tokens.expired")
                  ) : (
                    <ConfirmActionButton action={revokeTokenAction.bind(null, token.id)} label={t("tokens.revoke")} confirm={t("tokens.revokeConfirm", { name: token.name })} />
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("tokens.new")}</h2>
        <TokenForm action={issueTokenAction} posts={posts} />
      </section>
    </div>
  );
}

export default function TokensPage() {
  return (
    <CheckedThenStreamed action="apiToken.manage" fallback={<ListPageSkeleton />}>
      <TokensPageContent />
    </CheckedThenStreamed>
  );
}
