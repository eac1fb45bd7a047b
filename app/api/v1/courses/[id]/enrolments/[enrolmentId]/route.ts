import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { setEnrolmentOutcome } from "@/lib/data/enrolments";

export const PATCH = apiRoute(endpoints.setEnrolmentOutcome, ({ actor, params, body }) =>
  setEnrolmentOutcome(actor, params.enrolmentId, body, { courseId: params.id }),
);
