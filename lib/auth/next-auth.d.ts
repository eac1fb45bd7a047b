import "next-auth";
import "next-auth/jwt";

// The cookie names a server-side session (StaffSession); who it is and what they may do is read
// from the database on every request.
declare module "next-auth" {
  interface User {
    sessionId: string;
  }
  interface Session {
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionId?: string;
  }
}
