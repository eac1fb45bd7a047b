/**
 * NEXTAUTH_SECRET outside production when none is given: lib/env's default, and what scripts/dev.ts
 * seals the demo accounts' authenticator secrets with before the app (and lib/env) is up.
 */
export const DEVELOPMENT_AUTH_SECRET = "development-only-secret-not-for-production-use";
