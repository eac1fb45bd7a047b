import { endpoints } from "@/lib/api/endpoints";
import { apiRoute, apiRoutes } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";

const document = openApiDocument();

const get = apiRoute(endpoints.openApi, async () => document);

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({ GET: get });
