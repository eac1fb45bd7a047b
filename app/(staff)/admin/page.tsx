import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";
import { forPage } from "@/lib/auth/page-guard";
import { listPosts } from "@/lib/data/posts";
import { localName } from "@/lib/i18n/locales";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { CheckedThenStreamed } from "../checked-then-streamed";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("posts") };
}

async function AdminPageContent() {
  const [actor, locale, t] = await Promise.all([getActor(), getLocale(), getTranslations()]);
  const posts = await forPage(listPosts(actor));
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("admin.posts")}</h1>
      <section className="space-y-3">
        {posts.length === 0 ? (
          <EmptyState title={t("admin.noPosts")} />
        ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t("admin.post")}</Th>
              <Th>{t("admin.city")}</Th>
              <Th>{t("admin.covers")}</Th>
              <Th>{t("admin.workers")}</Th>
              <Th>{t("admin.staff")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {posts.map((post) => (
              <tr key={post.id}>
                <Td>{post.name}</Td>
                <Td>{post.city}</Td>
                <Td>{post.countries.map((country) => localName(locale, country)).join(", ")}</Td>
                <Td>{post._count.workers}</Td>
                <Td>{post._count.users}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        )}
      </section>
    </div>
  );
}

export default function AdminPage() {
  return (
    <CheckedThenStreamed action="post.read" fallback={<ListPageSkeleton />}>
      <AdminPageContent />
    </CheckedThenStreamed>
  );
}
