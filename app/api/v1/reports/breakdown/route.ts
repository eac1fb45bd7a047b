import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { getBreakdown } from "@/lib/data/reports";

export const GET = apiRoute(endpoints.breakdownReport, ({ actor, query }) => getBreakdown(actor, query));
