import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { createCourse, getCourse, listCourses } from "@/lib/data/courses";

export const GET = apiRoute(endpoints.listCourses, ({ actor, query }) => listCourses(actor, query));

export const POST = apiRoute(endpoints.createCourse, async ({ actor, body }) => {
  const { id } = await createCourse(actor, body);
  return getCourse(actor, id);
});
