import { describe, expect, it } from "vitest";
import { newNonce, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("allows scripts only with the nonce, and never inline ones or eval in production", () => {
    const csp = securityHeaders("abc123", { production: true })["Content-Security-Policy"];
    const scripts = csp.split("; ").find((directive) => directive.startsWith("script-src"))!;
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("lets styles be inline, as Radix and sonner set them, with no nonce that would switch that off", () => {
    const csp = securityHeaders("abc123", { production: true })["Content-Security-Policy"];
    const styles = csp.split("; ").find((directive) => directive.startsWith("style-src"))!;
    expect(styles).toContain("'unsafe-inline'");
    expect(styles).not.toContain("nonce-");
  });

  it("sends HSTS only in production, and nosniff, a strict referrer policy and no-store always", () => {
    const production = securityHeaders("n", { production: true });
    const development = securityHeaders("n", { production: false });
    expect(production["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/);
    expect(development["Strict-Transport-Security"]).toBeUndefined();
    for (const headers of [production, development]) {
      expect(headers["X-Content-Type-Options"]).toBe("nosniff");
      expect(headers["Referrer-Policy"]).toBe("no-referrer");
      expect(headers["Cache-Control"]).toBe("no-store");
    }
  });

  it("makes a different nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
