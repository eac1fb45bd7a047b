import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { endStaffSession } from "@/lib/data/staff-sessions";
import { signInStaff } from "@/lib/data/staff-sign-in";
import { clientAddress, servedOverHttps } from "@/lib/request-info";

const Credentials = z.object({
  email: z.string().trim().email().max(254),
  password: z.string().min(1).max(200),
  /** The authenticator's six digits or a recovery code; empty on the first step of the form. */
  code: z.string().max(64).optional(),
});

/** What the sign-in form is told besides "failed" (next-auth's null): it words and acts on these. */
const formSignals: Record<string, string> = { "login.locked": "locked", "login.codeRequired": "code-required" };

const https = servedOverHttps();

/** The cookie name proxy.ts looks for; `__Host-` pins it to this host, over HTTPS only. */
const SESSION_COOKIE = https ? "__Host-next-auth.session-token" : "next-auth.session-token";

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
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, request) {
        const parsed = Credentials.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password, code } = parsed.data;
        try {
          const { userId, sessionId } = await signInStaff(email, password, clientAddress(new Headers(request.headers as Record<string, string>)), code);
          return { id: userId, sessionId };
        } catch (error) {
          // next-auth hands a thrown message to the sign-in form; null is its plain "failed".
          if (error instanceof AppError && formSignals[error.message]) throw new Error(formSignals[error.message]);
          if (error instanceof AppError) return null;
          throw error;
        }
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
