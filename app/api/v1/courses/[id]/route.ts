import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { checkIfMatch } from "@/lib/api/precondition";
import { getCourse, patchCourse } from "@/lib/data/courses";

const get = apiRoute(endpoints.getCourse, ({ actor, params }) => getCourse(actor, params.id));

const patch = apiRoute(endpoints.updateCourse, async ({ actor, params, body, ifMatch }) => {
  if (ifMatch !== undefined) checkIfMatch(ifMatch, await getCourse(actor, params.id));
  await patchCourse(actor, params.id, body);
  return getCourse(actor, params.id);
});

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get, PATCH: patch });
