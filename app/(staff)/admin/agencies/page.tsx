import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { forPage } from "@/lib/auth/page-guard";
import { listAgencies } from "@/lib/data/recruitment-agencies";
import { AgencyForm } from "@/components/admin/agency-form";
import { EmptyState } from "@/components/ui/card";
import { DoneToast } from "@/components/ui/done-toast";
import { ListPageSkeleton } from "@/components/ui/page-skeleton";
import { Table, Td, Th } from "@/components/ui/table";
import { CheckedThenStreamed } from "../../checked-then-streamed";
import { createAgencyAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("agencies");
  return { title: t("title") };
}

async function AgenciesPageContent({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params, t, format] = await Promise.all([getActor(), searchParams, getTranslations(), getAppFormat()]);
  const agencies = await forPage(listAgencies(actor));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("agencies.title")}</h1>
      <p className="max-w-2xl text-sm text-muted-foreground">{t("agencies.intro")}</p>
      {agencies.length === 0 ? (
        <EmptyState title={t("agencies.empty")} />
      ) : (
        <Table data-testid="agencies">
          <caption className="sr-only">{t("agencies.caption")}</caption>
          <thead>
            <tr>
              <Th>{t("agencies.name")}</Th>
              <Th>{t("agencies.licenceNo")}</Th>
              <Th className="text-right">{t("agencies.workersSent")}</Th>
              <Th className="text-right">{t("agencies.cases")}</Th>
              <Th>{t("agencies.state")}</Th>
              <Th>
                <span className="sr-only">{t("agencies.edit")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {agencies.map((agency) => (
              <tr key={agency.id}>
                <Th scope="row" className="bg-transparent font-medium text-card-foreground">
                  {agency.name}
                </Th>
                <Td>{agency.licenceNo ?? "—"}</Td>
                <Td className="text-right tabular-nums">{agency.workersSent === null ? "—" : format.count(agency.workersSent)}</Td>
                <Td className="text-right tabular-nums">{format.count(agency._count.cases)}</Td>
                <Td>{agency.retiredAt ? t("agencies.retired") : t("agencies.active")}</Td>
                <Td>
                  <Link href={`/admin/agencies/${agency.id}`} className="text-link underline">
                    {t("agencies.editOne", { name: agency.name })}
                  </Link>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <section aria-labelledby="add-agency" className="space-y-3">
        <h2 id="add-agency" className="text-xl font-semibold">
          {t("agencies.add")}
        </h2>
        <AgencyForm action={createAgencyAction} />
      </section>
      {params.done === "updated" && <DoneToast message={t("agencies.done.updated")} />}
    </div>
  );
}

export default function AgenciesPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <CheckedThenStreamed action="agency.manage" fallback={<ListPageSkeleton />}>
      <AgenciesPageContent {...props} />
    </CheckedThenStreamed>
  );
}
