import { useTranslations } from "next-intl";
import type { PortalNotification } from "@/lib/data/portal-enrolments";
import { Button } from "@/components/ui/button";
import type { Digits } from "@/lib/i18n/digits";
import { useAppFormat } from "@/lib/i18n/use-app-format";
import { useCourseTitle } from "./enrolment-list";

/**
 * What changed since the worker last marked it seen, at the top of the page. Showing them changes
 * nothing; the button sends back the ids shown, so one that arrives meanwhile is not lost.
 */
export function PortalNotifications({
  notifications,
  digits,
  markSeen,
}: {
  notifications: PortalNotification[];
  digits: Digits;
  markSeen: (formData: FormData) => Promise<void>;
}) {
  const t = useTranslations("portal.notifications");
  const format = useAppFormat(digits);
  const title = useCourseTitle();
  if (notifications.length === 0) return null;
  return (
    <section role="status" aria-label={t("title")} className="space-y-2 rounded-lg border border-info/30 bg-info/10 p-4 text-foreground" data-testid="portal-notifications">
      <h2 className="font-semibold">{t("title")}</h2>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {notifications.map((notification) => (
          <li key={notification.id}>
            {t(notification.kind, { course: title(notification.course), date: format.day(notification.course.startsOn) })}
          </li>
        ))}
      </ul>
      <form action={markSeen}>
        {notifications.map((notification) => (
          <input key={notification.id} type="hidden" name="notificationId" value={notification.id} />
        ))}
        <Button type="submit" variant="secondary" data-testid="portal-notifications-seen">
          {t("markSeen")}
        </Button>
      </form>
    </section>
  );
}
