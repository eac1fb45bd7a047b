import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { listPortalEnrolments } from "@/lib/data/portal-enrolments";

export const GET = apiRoute(endpoints.listPortalEnrolments, async ({ actor }) => ({ items: await listPortalEnrolments(actor) }));
