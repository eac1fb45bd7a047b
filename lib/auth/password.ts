import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane).
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let placeholderHash: Promise<string> | undefined;

/**
 * Whether `password` matches `passwordHash`; with no hash to check (an unknown account, no code
 * issued) it verifies against a placeholder all the same, so that both failures take equally long
 * and the time taken does not tell which one it was.
 */
export async function verifySecret(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  placeholderHash ??= hashPassword("no-such-account-placeholder");
  const valid = await verifyPassword(passwordHash ?? (await placeholderHash), password);
  return Boolean(passwordHash) && valid;
}
