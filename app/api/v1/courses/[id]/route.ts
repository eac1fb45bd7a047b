import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { getCourse, updateCourse } from "@/lib/data/courses";

export const GET = apiRoute(endpoints.getCourse, ({ actor, params }) => getCourse(actor, params.id));

export const PATCH = apiRoute(endpoints.updateCourse, async ({ actor, params, body }) => {
  await updateCourse(actor, params.id, body);
  return getCourse(actor, params.id);
});
