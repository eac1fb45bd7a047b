import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { listPortalEnrolments } from "@/lib/data/portal-enrolments";

const get = apiRoute(endpoints.listPortalEnrolments, async ({ actor }) => ({ items: await listPortalEnrolments(actor) }));

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get });
