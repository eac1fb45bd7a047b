import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { revokeCertificate } from "@/lib/data/enrolments";

const post = apiRoute(endpoints.revokeCertificate, ({ actor, params, body }) => revokeCertificate(actor, params.enrolmentId, body, { courseId: params.id }));

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ POST: post });
