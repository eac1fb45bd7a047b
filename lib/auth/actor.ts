import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { actorForSession } from "@/lib/data/users";

/** The signed-in staff member for this request, or null; read once per request. */
export const getActor = cache(async () => {
  const session = await getServerSession(authOptions);
  if (!session?.sessionId) return null;
  const requestId = (await headers()).get("x-request-id") ?? undefined;
  return actorForSession(session.sessionId, requestId);
});
