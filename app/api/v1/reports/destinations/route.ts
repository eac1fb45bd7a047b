import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { getDestinationReport } from "@/lib/data/reports";

const get = apiRoute(endpoints.destinationReport, ({ actor }) => getDestinationReport(actor));

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get });
