import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { createCourse, getCourse, listCourses } from "@/lib/data/courses";

const get = apiRoute(endpoints.listCourses, ({ actor, query }) => listCourses(actor, query));

const post = apiRoute(endpoints.createCourse, async ({ actor, body }) => {
  const { id } = await createCourse(actor, body);
  return getCourse(actor, id);
});

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get, POST: post });
