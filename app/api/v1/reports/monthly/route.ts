import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { getMonthlySeries } from "@/lib/data/reports";

const get = apiRoute(endpoints.monthlyReport, ({ actor, query }) => getMonthlySeries(actor, query));

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get });
