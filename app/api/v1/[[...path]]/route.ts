import type { NextRequest } from "next/server";
import { apiRoutes } from "@/lib/api/handler";

// No endpoint lives here: every method of every unknown path under /api/v1 is a 404 in the JSON
// error envelope, not Next's HTML page. The catch-all's own parameter (a list of path segments)
// names no endpoint's, and its type is not the handlers' (one string per name): it is not passed on.
const unknownPath = apiRoutes({});
const noParams = { params: Promise.resolve(undefined) };
export const GET = (request: NextRequest) => unknownPath.GET(request, noParams);
export const POST = (request: NextRequest) => unknownPath.POST(request, noParams);
export const PUT = (request: NextRequest) => unknownPath.PUT(request, noParams);
export const PATCH = (request: NextRequest) => unknownPath.PATCH(request, noParams);
export const DELETE = (request: NextRequest) => unknownPath.DELETE(request, noParams);
