import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";

const document = openApiDocument();

export const GET = apiRoute(endpoints.openApi, async () => document);
