import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import { stacked, Table, Td, Th } from "@/components/ui/table";

export type RosterRow = {
  id: string;
  workerId: string;
  registrationNo: string;
  fullName: string;
  fullNameKm: string | null;
  status: string;
  waitlistRank: number | null;
  certificateNo: string | null;
  completedOn: string | null;
  /** The day the certificate was revoked, as shown; null while it stands. */
  revokedOn: string | null;
  /** Only for those who hold or held a place: the wait-list and the withdrawn took no attendance. */
  attendance: { present: number; days: number; notRecorded: number } | null;
  /** Why "Mark completed" is not offered yet, when it is not. */
  completionNote: string | null;
  actions?: React.ReactNode;
};

/** Everyone who ever took a place or a place in line, with what became of them. */
export function Roster({ rows, caption }: { rows: RosterRow[]; caption: string }) {
  const t = useTranslations("courses.roster");
  return (
    <Table data-testid="roster" className={stacked.table}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>{t("worker")}</Th>
          <Th>{t("status")}</Th>
          <Th>{t("certificate")}</Th>
          <Th>{t("attendance")}</Th>
          <Th>{t("actions")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {rows.map((row) => (
          <tr key={row.id} className={stacked.row}>
            <Td className={stacked.cell}>
              <Link href={`/workers/${row.workerId}`} className="font-mono whitespace-nowrap text-link underline-offset-2 hover:underline">
                {row.registrationNo}
              </Link>
              <div>{row.fullName}</div>
              {row.fullNameKm && <div lang="km" className="text-muted-foreground">{row.fullNameKm}</div>}
            </Td>
            <Td data-label={t("status")} className={cn(stacked.cell, "whitespace-nowrap")}>
              {row.status}
              {row.waitlistRank !== null && <div className="text-muted-foreground">{t("rank", { rank: row.waitlistRank })}</div>}
            </Td>
            <Td data-label={t("certificate")} className={stacked.cell}>
              {row.certificateNo ? (
                <>
                  <Link href={`/certificates/${row.id}`} className="font-mono whitespace-nowrap text-link underline-offset-2 hover:underline" data-testid="certificate-no">
                    {row.certificateNo}
                  </Link>
                  {row.completedOn && <div className="text-muted-foreground">{row.completedOn}</div>}
                  {row.revokedOn && (
                    <div className="font-medium text-destructive" data-testid="certificate-revoked">
                      {t("revoked", { day: row.revokedOn })}
                    </div>
                  )}
                </>
              ) : (
                "—"
              )}
            </Td>
            <Td data-label={t("attendance")} className={stacked.cell} data-testid="attendance-tally">
              {row.attendance ? (
                <>
                  <div className="whitespace-nowrap">{t("daysPresent", { present: row.attendance.present, days: row.attendance.days })}</div>
                  {row.attendance.notRecorded > 0 && <div className="text-muted-foreground">{t("notRecorded", { count: row.attendance.notRecorded })}</div>}
                </>
              ) : (
                "—"
              )}
            </Td>
            <Td className={cn(stacked.cell, "space-y-2")}>
              {row.completionNote && <p className="text-sm text-muted-foreground" data-testid="completion-note">{row.completionNote}</p>}
              {row.actions}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
