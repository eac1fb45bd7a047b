import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native argon2 bindings must be loaded by Node, not bundled.
  serverExternalPackages: ["@node-rs/argon2"],
  // forbidden() renders app/forbidden.tsx with a 403 when a data function refuses.
  // Case attachments (photos of contracts and payslips from phones) come with the form: up to
  // 10 MB of files per submission (lib/data/case-attachments.ts), plus the form's own fields.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "11mb" } },
};

export default withNextIntl(nextConfig);
