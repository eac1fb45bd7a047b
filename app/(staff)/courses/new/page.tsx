import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { allowedOnPage } from "@/lib/auth/page-guard";
import { CourseForm } from "@/components/courses/course-form";
import { createCourseAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("courses");
  return { title: t("newTitle") };
}

export default async function NewCoursePage() {
  const [actor, t] = await Promise.all([getActor(), getTranslations("courses")]);
  allowedOnPage(actor, "course.manage");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <p className="text-sm text-muted-foreground">{t("form.requiredNote")}</p>
      <CourseForm action={createCourseAction} />
    </div>
  );
}
