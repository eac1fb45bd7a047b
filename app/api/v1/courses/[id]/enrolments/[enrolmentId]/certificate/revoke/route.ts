import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { revokeCertificate } from "@/lib/data/enrolments";

export const POST = apiRoute(endpoints.revokeCertificate, ({ actor, params, body }) => revokeCertificate(actor, params.enrolmentId, body, { courseId: params.id }));
