import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getAppFormat } from "@/lib/i18n/get-app-format";
import { getActor } from "@/lib/auth/actor";
import { forPage } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { getCase } from "@/lib/data/cases";
import { listCaseAssignees, listTransferTargets } from "@/lib/data/case-choices";
import { CURRENCIES, OUTCOMES, REFERRALS, type CaseStatus } from "@/lib/schemas/case";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { DoneToast } from "@/components/ui/done-toast";
import { stacked, Table, Td, Th } from "@/components/ui/table";
import { CaseActionForm, type CaseField } from "@/components/cases/case-action-form";
import { CaseTimeline } from "@/components/cases/case-timeline";
import {
  caseAssignAction,
  caseAttachAction,
  caseConfirmAction,
  caseNoteAction,
  casePaymentAction,
  caseSensitiveAction,
  caseStepAction,
  caseTransferAction,
} from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("cases");
  return { title: t("detail.title") };
}

const STEP_DATES: [CaseStatus, "receivedAt" | "acknowledgedAt" | "assessmentAt" | "mediationAt" | "referredAt" | "resolvedAt" | "closedAt"][] = [
  ["RECEIVED", "receivedAt"],
  ["ACKNOWLEDGED", "acknowledgedAt"],
  ["ASSESSMENT", "assessmentAt"],
  ["MEDIATION", "mediationAt"],
  ["REFERRED", "referredAt"],
  ["RESOLVED", "resolvedAt"],
  ["CLOSED", "closedAt"],
];

export default async function CasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const [{ id }, { done }, actor, t, format, locale] = await Promise.all([params, searchParams, getActor(), getTranslations(), getAppFormat(), getLocale()]);
  const record = await forPage(getCase(actor, id));
  const canManage = actor ? can(actor, "case.manage", record.postId) : false;
  const canTransfer = actor ? can(actor, "case.transfer", record.postId) : false;
  const [assignees, targets] = await Promise.all([canManage ? listCaseAssignees(actor, id) : [], canTransfer ? listTransferTargets(actor, id) : []]);
  const version = { kind: "hidden", name: "version", value: String(record.version) } as const;
  const dayField: CaseField = { kind: "date", name: "on", label: t("cases.step.on"), hint: t("cases.step.onHint") };
  const noteField: CaseField = { kind: "textarea", name: "note", label: t("cases.step.note") };
  const money = (amount: string | null, currency: string | null) => (amount ? `${format.amount(Number(amount))} ${currency ?? ""}`.trim() : "—");
  const stepFields = (status: CaseStatus): CaseField[] => {
    const extra: CaseField[] =
      status === "REFERRED"
        ? [{ kind: "select", name: "referredTo", label: t("cases.field.referredTo"), required: true, options: REFERRALS.map((value) => ({ value, label: t(`enums.caseReferral.${value}`) })) }]
        : status === "RESOLVED"
          ? [
              { kind: "select", name: "outcome", label: t("cases.field.outcome"), required: true, options: OUTCOMES.map((value) => ({ value, label: t(`enums.caseOutcome.${value}`) })) },
              { kind: "amount", name: "amountAgreed", label: t("cases.field.amountAgreed"), hint: t("cases.step.amountHint") },
              { kind: "select", name: "currency", label: t("cases.field.currency"), defaultValue: record.currency ?? "", options: CURRENCIES.map((value) => ({ value, label: value })) },
            ]
          : [];
    return [{ kind: "hidden", name: "status", value: status }, version, ...extra, dayField, noteField];
  };
  const compensation = record.outcome === "COMPENSATION_AGREED";

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold" data-testid="case-reference">
          {record.referenceNo}
        </h1>
        <Badge data-testid="case-status">{t(`enums.caseStatus.${record.status}`)}</Badge>
        {record.sensitive && <Badge tone="warning">{t("cases.sensitive")}</Badge>}
        {!record.confirmedAt && <Badge tone="info">{t("cases.unconfirmed")}</Badge>}
        {record.overdue && <Badge tone="danger">{t(`cases.overdue.${record.overdue}`)}</Badge>}
        <Link href="/cases" className="ml-auto text-sm text-link underline">
          {t("cases.detail.back")}
        </Link>
      </div>

      {!record.confirmedAt && actor && can(actor, "case.confirm") && (
        <Card className="space-y-2 p-4">
          <p className="text-sm">{t("cases.detail.confirmIntro")}</p>
          <CaseActionForm action={caseConfirmAction.bind(null, id)} fields={[version]} submit={t("cases.detail.confirm")} testId="confirm-form" />
        </Card>
      )}

      <Card className="space-y-4 p-4">
        <Facts
          items={[
            [t("cases.field.office"), record.post?.name ?? t("cases.ministry")],
            [t("cases.field.destinationCountry"), locale === "km" ? record.country.nameKm : record.country.nameEn],
            [t("cases.field.categories"), record.categories.map((category) => t(`enums.caseCategory.${category}`)).join(", ")],
            [t("cases.field.channel"), t(`enums.caseChannel.${record.channel}`)],
            [t("cases.field.complainant"), [t(`enums.complainant.${record.complainant}`), record.complainantName, record.complainantRelation].filter(Boolean).join(" · ")],
            [t("cases.field.complainantContact"), record.complainantContact ?? "—"],
            [t("cases.field.employer"), record.employer ?? "—"],
            [t("cases.field.agency"), record.agency?.name ?? record.agencyName ?? "—"],
            [t("cases.field.assignedOfficer"), record.assignedOfficer?.name ?? t("cases.unassigned")],
            [t("cases.field.amountClaimed"), money(record.amountClaimed, record.currency)],
            [t("cases.field.outcome"), record.outcome ? t(`enums.caseOutcome.${record.outcome}`) : "—"],
            [t("cases.field.amountAgreed"), money(record.amountAgreed, record.currency)],
            [t("cases.field.amountReceived"), compensation ? money(record.receivedInAgreedCurrency, record.currency) : "—"],
            [t("cases.field.referredTo"), record.referredTo ? t(`enums.caseReferral.${record.referredTo}`) : "—"],
          ]}
        />
        <div>
          <h2 className="text-sm font-medium text-muted-foreground">{t("cases.field.description")}</h2>
          <p className="whitespace-pre-wrap">{record.description}</p>
        </div>
      </Card>

      <section aria-labelledby="steps-title" className="space-y-3">
        <h2 id="steps-title" className="text-lg font-semibold">
          {t("cases.detail.steps")}
        </h2>
        <ol className="grid gap-2 sm:grid-cols-4" data-testid="case-steps">
          {STEP_DATES.map(([status, field]) => (
            <li key={status} className="rounded-md border border-border p-2 text-sm">
              <span className="font-medium">{t(`enums.caseStatus.${status}`)}</span>
              <span className="block text-muted-foreground">{record[field] ? format.momentDay(record[field]) : "—"}</span>
            </li>
          ))}
        </ol>
        {canManage && record.nextSteps.length > 0 && (
          <div className="grid gap-4 md:grid-cols-2">
            {record.nextSteps.map((status) => (
              <Card key={status} className="space-y-2 p-4">
                <h3 className="font-medium">{t("cases.step.to", { step: t(`enums.caseStatus.${status}`) })}</h3>
                <CaseActionForm action={caseStepAction.bind(null, id)} fields={stepFields(status)} submit={t("cases.step.submit", { step: t(`enums.caseStatus.${status}`) })} testId={`step-${status}`} />
              </Card>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="workers-title" className="space-y-3">
        <h2 id="workers-title" className="text-lg font-semibold">
          {t("cases.detail.workers", { count: record.workers.length })}
        </h2>
        <Table className={stacked.table} data-testid="case-workers">
          <thead>
            <tr>
              <Th>{t("cases.field.workerName")}</Th>
              <Th>{t("cases.field.registrationNo")}</Th>
              <Th>{t("cases.field.passport")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {record.workers.map((person) => (
              <tr key={person.id} className={stacked.row}>
                <Td className={stacked.cell}>
                  {person.fullName}
                  {person.fullNameKm && <span lang="km" className="block text-muted-foreground">{person.fullNameKm}</span>}
                </Td>
                <Td data-label={t("cases.field.registrationNo")} className={stacked.cell}>
                  {person.registered ? (
                    actor && can(actor, "worker.read") ? (
                      <Link href={`/workers/${person.registered.id}`} className="text-link underline">
                        {person.registered.registrationNo}
                      </Link>
                    ) : (
                      person.registered.registrationNo
                    )
                  ) : (
                    <span className="text-muted-foreground">{t("cases.detail.notRegistered")}</span>
                  )}
                </Td>
                <Td data-label={t("cases.field.passport")} className={stacked.cell}>{person.passportMasked ?? "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      {compensation && (
        <section aria-labelledby="payments-title" className="space-y-3">
          <h2 id="payments-title" className="text-lg font-semibold">
            {t("cases.detail.payments")}
          </h2>
          {record.payments.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("cases.detail.noPayments")}</p>
          ) : (
            <ul className="space-y-1 text-sm" data-testid="case-payments">
              {record.payments.map((payment) => (
                <li key={payment.id}>
                  {format.day(payment.receivedOn)} · {money(payment.amount, payment.currency)}
                  {payment.note && <span className="text-muted-foreground"> · {payment.note}</span>}
                </li>
              ))}
            </ul>
          )}
          {canManage && record.status === "RESOLVED" && (
            <Card className="p-4">
              <CaseActionForm
                action={casePaymentAction.bind(null, id)}
                testId="payment-form"
                submit={t("cases.payment.submit")}
                done={t("cases.payment.done")}
                fields={[
                  { kind: "amount", name: "amount", label: t("cases.payment.amount"), required: true },
                  { kind: "select", name: "currency", label: t("cases.field.currency"), required: true, defaultValue: record.currency ?? "", options: CURRENCIES.map((value) => ({ value, label: value })) },
                  { kind: "date", name: "receivedOn", label: t("cases.payment.receivedOn"), required: true },
                  { kind: "text", name: "note", label: t("cases.step.note") },
                ]}
              />
            </Card>
          )}
        </section>
      )}

      <section aria-labelledby="attachments-title" className="space-y-3">
        <h2 id="attachments-title" className="text-lg font-semibold">
          {t("cases.detail.attachments")}
        </h2>
        {record.attachments.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("cases.detail.noAttachments")}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="case-attachments">
            {record.attachments.map((file) => (
              <li key={file.id}>
                <a href={`/cases/${id}/attachments/${file.id}`} className="text-link underline">
                  {file.fileName}
                </a>{" "}
                <span className="text-muted-foreground">
                  {format.count(Math.ceil(file.byteSize / 1024))} KB · {format.moment(file.createdAt)}
                  {file.fromComplainant && ` · ${t("cases.detail.fromComplainant")}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        {canManage && (
          <CaseActionForm
            action={caseAttachAction.bind(null, id)}
            testId="attach-form"
            submit={t("cases.detail.attach")}
            done={t("cases.detail.attached")}
            fields={[{ kind: "file", name: "attachments", label: t("cases.detail.chooseFiles"), hint: t("cases.detail.filesHint"), accept: "application/pdf,image/jpeg,image/png,image/webp", multiple: true }]}
          />
        )}
      </section>

      {canManage && (
        <section aria-labelledby="work-title" className="grid gap-4 md:grid-cols-2">
          <h2 id="work-title" className="sr-only">
            {t("cases.detail.work")}
          </h2>
          <Card className="space-y-2 p-4">
            <h3 className="font-medium">{t("cases.detail.addNote")}</h3>
            <CaseActionForm action={caseNoteAction.bind(null, id)} testId="note-form" submit={t("cases.detail.saveNote")} done={t("cases.detail.noteSaved")} fields={[{ kind: "textarea", name: "note", label: t("cases.detail.noteLabel"), required: true, hint: t("cases.detail.noteHint") }]} />
          </Card>
          <Card className="space-y-2 p-4">
            <h3 className="font-medium">{t("cases.detail.reassign")}</h3>
            <CaseActionForm
              action={caseAssignAction.bind(null, id)}
              testId="assign-form"
              submit={t("cases.detail.assign")}
              fields={[version, { kind: "select", name: "officerId", label: t("cases.field.assignedOfficer"), required: true, defaultValue: record.assignedOfficerId ?? "", options: assignees.map((user) => ({ value: user.id, label: user.name })) }]}
            />
          </Card>
          {canTransfer && record.status !== "CLOSED" && (
            <Card className="space-y-2 p-4">
              <h3 className="font-medium">{t("cases.detail.transfer")}</h3>
              <CaseActionForm
                action={caseTransferAction.bind(null, id)}
                testId="transfer-form"
                submit={t("cases.detail.transferSubmit")}
                fields={[
                  version,
                  {
                    kind: "select",
                    name: "to",
                    label: t("cases.detail.transferTo"),
                    required: true,
                    options: [...(record.postId ? [{ value: "ministry", label: t("cases.ministry") }] : []), ...targets.map((post) => ({ value: post.id, label: post.name }))],
                  },
                  { kind: "textarea", name: "reason", label: t("cases.detail.transferReason"), required: true },
                ]}
              />
            </Card>
          )}
          <Card className="space-y-2 p-4">
            <h3 className="font-medium">{t("cases.detail.sensitivity")}</h3>
            <p className="text-sm text-muted-foreground">{t("cases.detail.sensitivityHint")}</p>
            <CaseActionForm
              action={caseSensitiveAction.bind(null, id)}
              testId="sensitive-form"
              submit={record.markedSensitive ? t("cases.detail.unmarkSensitive") : t("cases.detail.markSensitive")}
              fields={[version, { kind: "hidden", name: "markedSensitive", value: record.markedSensitive ? "false" : "true" }]}
            />
          </Card>
        </section>
      )}

      <section aria-labelledby="timeline-title" className="space-y-3">
        <h2 id="timeline-title" className="text-lg font-semibold">
          {t("cases.detail.timeline")}
        </h2>
        <CaseTimeline
          entries={record.events.map((event) => ({
            id: event.id,
            at: format.moment(event.at),
            who: event.actorName ?? t("cases.timeline.complainant"),
            what:
              event.kind === "STATUS" && event.toStatus
                ? t("cases.timeline.status", { step: t(`enums.caseStatus.${event.toStatus}`) })
                : t(`cases.timeline.${event.kind}`),
            note: event.note,
          }))}
        />
      </section>
      {done === "created" && <DoneToast message={t("cases.done.created", { reference: record.referenceNo })} />}
    </div>
  );
}
