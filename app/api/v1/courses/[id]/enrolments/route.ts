import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { enrolWorker, listEnrolments } from "@/lib/data/enrolments";

export const GET = apiRoute(endpoints.listEnrolments, async ({ actor, params }) => ({ items: await listEnrolments(actor, params.id) }));

export const POST = apiRoute(endpoints.enrolWorker, ({ actor, params, body }) => enrolWorker(actor, params.id, body));
