import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { getBreakdown } from "@/lib/data/reports";

const get = apiRoute(endpoints.breakdownReport, ({ actor, query }) => getBreakdown(actor, query));

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get });
