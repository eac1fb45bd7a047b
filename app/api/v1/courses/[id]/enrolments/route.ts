import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { enrolWorker, listEnrolments } from "@/lib/data/enrolments";

const get = apiRoute(endpoints.listEnrolments, async ({ actor, params }) => ({ items: await listEnrolments(actor, params.id) }));

const post = apiRoute(endpoints.enrolWorker, ({ actor, params, body }) => enrolWorker(actor, params.id, body));

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get, POST: post });
