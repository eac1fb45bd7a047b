import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { allowedOnPage, forPage } from "@/lib/auth/page-guard";
import { getCourse } from "@/lib/data/courses";
import { CourseForm } from "@/components/courses/course-form";
import { courseTitle } from "@/components/courses/course-title";
import { updateCourseAction } from "../../actions";

export async function generateMetadata() {
  const t = await getTranslations("courses");
  return { title: t("editTitle") };
}

/** The course's saved values as the form's fields carry them: text, dates as YYYY-MM-DD. */
function formValuesOf(course: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    fields.map((field) => {
      const value = course[field];
      return [field, value instanceof Date ? value.toISOString().slice(0, 10) : value === null || value === undefined ? "" : String(value)];
    }),
  );
}

const FORM_FIELDS = ["titleEn", "titleKm", "provider", "place", "startsOn", "endsOn", "scheduleNote", "capacity", "enrolmentDeadline", "minAttendancePercent", "status", "version"] as const;

export default async function EditCoursePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor, locale, t] = await Promise.all([params, getActor(), getLocale(), getTranslations("courses")]);
  const course = await forPage(getCourse(actor, id));
  allowedOnPage(actor, "course.manage");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">
        {t("editTitle")} · {courseTitle(locale, course)}
      </h1>
      <CourseForm action={updateCourseAction.bind(null, id)} initial={formValuesOf(course, FORM_FIELDS)} />
    </div>
  );
}
