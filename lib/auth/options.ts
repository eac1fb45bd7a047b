import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { endStaffSession, startStaffSession } from "@/lib/data/staff-sessions";
import { authenticateStaff } from "@/lib/data/users";

const Credentials = z.object({ email: z.string().trim().email().max(254), password: z.string().min(1).max(200) });

const https = env.NEXTAUTH_URL?.startsWith("https://") ?? false;

/** The cookie name proxy.ts looks for; `__Host-` pins it to this host, over HTTPS only. */
export const SESSION_COOKIE = https ? "__Host-next-auth.session-token" : "next-auth.session-token";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // The cookie only names a StaffSession row, which holds the idle and absolute timeouts.
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  useSecureCookies: https,
  cookies: {
    sessionToken: { name: SESSION_COOKIE, options: { httpOnly: true, sameSite: "lax", path: "/", secure: https } },
  },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const parsed = Credentials.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await authenticateStaff(parsed.data.email, parsed.data.password);
        return user ? { id: user.id, sessionId: await startStaffSession(user.id) } : null;
      },
    }),
  ],
  callbacks: {
    // The token carries only the session's id; the user, role and post are re-read per request.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionId = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, sessionId: token.sessionId };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sessionId) await endStaffSession(token.sessionId);
    },
  },
};
