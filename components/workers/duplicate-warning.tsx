import Link from "next/link";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";

export type DuplicateMatch =
  | { inScope: true; id: string; registrationNo: string; fullName: string; fullNameKm: string | null; reason: "name" | "phone" }
  | { inScope: false; postName: string | null; reason: "name" | "phone" };

/** Likely duplicates, each openable in a new tab before the officer decides to save anyway. */
export function DuplicateWarning({ duplicates }: { duplicates: DuplicateMatch[] }) {
  const t = useTranslations("workers");
  return (
    <Notice role="alert" tone="warning" className="space-y-2 p-4" data-testid="duplicates">
      <p className="font-semibold">{t("duplicatesTitle")}</p>
      <ul className="list-disc space-y-1 pl-5">
        {duplicates.map((match, index) => (
          <li key={match.inScope ? match.id : `other-${index}`}>
            {match.inScope ? (
              <Link href={`/workers/${match.id}`} target="_blank" className="text-link underline">
                {match.registrationNo} · {match.fullName}
                {match.fullNameKm ? ` · ${match.fullNameKm}` : ""}
              </Link>
            ) : (
              t("duplicateElsewhere", { post: match.postName ?? t("ministry") })
            )}{" "}
            ({t(match.reason === "phone" ? "duplicateByPhone" : "duplicateByName")})
          </li>
        ))}
      </ul>
      <p>{t("duplicatesHelp")}</p>
    </Notice>
  );
}
