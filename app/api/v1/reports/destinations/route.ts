import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { getDestinationReport } from "@/lib/data/reports";

export const GET = apiRoute(endpoints.destinationReport, ({ actor }) => getDestinationReport(actor));
