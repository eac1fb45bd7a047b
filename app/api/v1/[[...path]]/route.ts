import { apiRoutes } from "@/lib/api/handler";

// No endpoint lives here: every method of every unknown path under /api/v1 is a 404 in the JSON
// error envelope, not Next's HTML page.
export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes({});
