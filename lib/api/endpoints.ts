import { z } from "zod";
import type { AppErrorCode } from "@/lib/errors";
import { StatusChangeInput, TransferInput, WorkerInput, WorkerUpdateInput } from "@/lib/schemas/worker";
import { WorkerListQuery } from "@/lib/schemas/worker-list";
import { CreatedWorker, OpenApiDocument, TransferredWorker, WorkerDetail, WorkerList } from "./responses";

/**
 * Every endpoint of /api/v1, described once: the route handlers answer with `response` and
 * `status` from here, and the OpenAPI document is generated from the same entries. Bodies and
 * query parameters are the lib/schemas inputs, which the lib/data functions validate themselves.
 */
export type Endpoint = {
  method: "GET" | "POST" | "PATCH";
  /** Relative to /api/v1, with OpenAPI's {param} placeholders. */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodType;
  body?: z.ZodType;
  status: 200 | 201;
  response: z.ZodType;
  /** The expected refusals, beyond a malformed request and an unexpected failure. */
  errors: AppErrorCode[];
  /** Readable without signing in. */
  public?: true;
};

const workerId = z.object({ id: z.uuid().meta({ description: "The worker's id" }) });
const signedIn: AppErrorCode[] = ["UNAUTHENTICATED", "FORBIDDEN"];

export const endpoints = {
  listWorkers: {
    method: "GET",
    path: "/workers",
    summary: "The workers the caller may see, filtered and sorted, one page at a time (passports masked)",
    query: WorkerListQuery,
    status: 200,
    response: WorkerList,
    errors: [...signedIn, "VALIDATION"],
  },
  createWorker: {
    method: "POST",
    path: "/workers",
    summary: "Registers a worker for the caller's post; likely duplicates are refused until confirmed",
    body: WorkerInput,
    status: 201,
    response: CreatedWorker,
    errors: [...signedIn, "VALIDATION", "DUPLICATE"],
  },
  getWorker: {
    method: "GET",
    path: "/workers/{id}",
    summary: "One worker's record (passport masked)",
    params: workerId,
    status: 200,
    response: WorkerDetail,
    errors: [...signedIn, "NOT_FOUND"],
  },
  updateWorker: {
    method: "PATCH",
    path: "/workers/{id}",
    summary: "Corrects a record as of the version the caller saw; answers the record as saved",
    params: workerId,
    body: WorkerUpdateInput,
    status: 200,
    response: WorkerDetail,
    errors: [...signedIn, "NOT_FOUND", "VALIDATION", "CONFLICT"],
  },
  transferWorker: {
    method: "POST",
    path: "/workers/{id}/transfer",
    summary: "Moves a worker to another destination and so to the post that covers it",
    params: workerId,
    body: TransferInput,
    status: 200,
    // Not the record: once transferred it usually lies outside the caller's post.
    response: TransferredWorker,
    errors: [...signedIn, "NOT_FOUND", "VALIDATION", "CONFLICT"],
  },
  changeWorkerStatus: {
    method: "POST",
    path: "/workers/{id}/status",
    summary: "Moves a worker to the next status of their life abroad; answers the record as saved",
    params: workerId,
    body: StatusChangeInput,
    status: 200,
    response: WorkerDetail,
    errors: [...signedIn, "NOT_FOUND", "VALIDATION", "CONFLICT"],
  },
  openApi: {
    method: "GET",
    path: "/openapi.json",
    summary: "This description of the API (OpenAPI 3.1)",
    status: 200,
    response: OpenApiDocument,
    errors: [],
    public: true,
  },
} satisfies Record<string, Endpoint>;
