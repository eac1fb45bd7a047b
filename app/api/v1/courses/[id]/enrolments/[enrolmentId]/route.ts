import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { setEnrolmentOutcome } from "@/lib/data/enrolments";

const patch = apiRoute(endpoints.setEnrolmentOutcome, ({ actor, params, body }) =>
  setEnrolmentOutcome(actor, params.enrolmentId, body, { courseId: params.id }),
);

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ PATCH: patch });
