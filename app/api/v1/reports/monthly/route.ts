import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { getMonthlySeries } from "@/lib/data/reports";

export const GET = apiRoute(endpoints.monthlyReport, ({ actor, query }) => getMonthlySeries(actor, query));
