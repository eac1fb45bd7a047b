import "server-only";
import { Prisma } from "@/lib/db";

type UniqueMeta = {
  target?: string[] | string;
  driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
};

/**
 * Whether a write failed on the unique constraint of `model.field`. With driver adapters Prisma
 * names the constraint under driverAdapterError (by fields or by index name), not under target.
 */
export function violatesUnique(error: unknown, model: string, field: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  const meta = error.meta as UniqueMeta | undefined;
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  const names = [meta?.target, constraint?.fields, constraint?.index].flat();
  return names.includes(field) || names.includes(`${model}_${field}_key`);
}
