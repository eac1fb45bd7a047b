import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native argon2 bindings must be loaded by Node, not bundled.
  serverExternalPackages: ["@node-rs/argon2"],
  // forbidden() renders app/forbidden.tsx with a 403 when a data function refuses.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
