import "next-auth";
import "next-auth/jwt";

// The session carries who signed in and which generation of their sessions it belongs to.
declare module "next-auth" {
  interface User {
    sessionVersion: number;
  }
  interface Session {
    userId?: string;
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
  }
}
