import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Secrets the server must read back (an authenticator's shared secret), sealed with AES-256-GCM so
 * that a copy of the database alone does not give them away. The key is derived from the app's
 * NEXTAUTH_SECRET with HKDF, one key per purpose; changing that secret makes sealed values unreadable.
 */
const VERSION = "v1";

function keyFor(authSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "worker-registry", `secret-box ${VERSION} ${purpose}`, 32));
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url; a new random IV each time. */
export function sealSecret(plain: string, { authSecret, purpose }: { authSecret: string; purpose: string }): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(authSecret, purpose), iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The plain value; throws when the value was sealed under another key or altered. */
export function openSecret(sealed: string, { authSecret, purpose }: { authSecret: string; purpose: string }): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error("not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(authSecret, purpose), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
