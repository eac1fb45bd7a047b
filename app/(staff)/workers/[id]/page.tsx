import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { forPage } from "@/lib/auth/page-guard";
import { getWorker } from "@/lib/data/workers";
import { localName } from "@/lib/i18n/locales";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  const t = await getTranslations("workers");
  return { title: t("recordTitle") };
}

export default async function WorkerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const [{ id }, { created }, actor, t, format, locale] = await Promise.all([
    params,
    searchParams,
    getActor(),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  const worker = await forPage(getWorker(actor, id));
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "long", timeZone: "UTC" }) : "—");
  const rows: [string, string][] = [
    [t("worker.fullNameKm"), worker.fullNameKm ?? "—"],
    [t("worker.sex"), t(`enums.sex.${worker.sex}`)],
    [t("worker.dateOfBirth"), date(worker.dateOfBirth)],
    [t("worker.passportNo"), worker.passportMasked],
    [t("worker.phone"), worker.phone ?? "—"],
    [t("worker.provinceCode"), localName(locale, worker.province)],
    [t("worker.destinationCountry"), localName(locale, worker.country)],
    [t("worker.post"), worker.post?.name ?? t("workers.noPost")],
    [t("worker.employer"), worker.employer ?? "—"],
    [t("worker.sector"), t(`enums.sector.${worker.sector}`)],
    [t("worker.scheme"), t(`enums.scheme.${worker.scheme}`)],
    [t("worker.status"), t(`enums.status.${worker.status}`)],
    [t("worker.deployedOn"), date(worker.deployedOn)],
    [t("worker.contractEnd"), date(worker.contractEnd)],
    [t("worker.returnedOn"), date(worker.returnedOn)],
    [t("worker.registeredOn"), format.dateTime(worker.createdAt, { dateStyle: "long", timeStyle: "short" })],
  ];

  return (
    <div className="max-w-3xl space-y-4">
      {created && (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900">
          {t("workers.created", { registrationNo: worker.registrationNo })}
        </p>
      )}
      <div>
        <p className="font-mono text-sm text-slate-600" data-testid="registration-no">
          {worker.registrationNo}
        </p>
        <h1 className="text-2xl font-semibold">{worker.fullName}</h1>
      </div>
      <Card>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
              <dd className="text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
