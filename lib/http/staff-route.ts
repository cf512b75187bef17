import "server-only";
import * as z from "zod";
import { requireActor } from "@/lib/auth/session";
import { authorize } from "@/lib/dal/guard";
import { readJson } from "@/lib/http/body";
import { errorResponse, json } from "@/lib/http/errors";
import { assertStaffWrite } from "@/lib/http/staff-write";
import type { StaffOperation } from "@/lib/staff-api/operation";
import { parseInput, searchParamsObject, STAFF_BODY_BYTES } from "@/lib/validations/staff";

// A staff operation as a route handler: the CSRF guard on every write (before the session is
// looked at), then who asks (401), then the operation's policy (403, before the input is read, so
// the answer is the same whatever was sent), then the input, handed to the data layer to parse.

type Context = { params: Promise<{ id?: string }> };

/** A JSON body is an object; anything else fails as a body schema would fail it. */
const jsonObject = z.looseObject({});

async function readInput(operation: StaffOperation, request: Request): Promise<unknown> {
  if (operation.input?.in === "query") return searchParamsObject(new URL(request.url).searchParams);
  if (operation.input?.in === "body")
    return parseInput(jsonObject, await readJson(request, STAFF_BODY_BYTES));
  return undefined;
}

export function staffRoute(operation: StaffOperation) {
  return async (request: Request, context?: Context): Promise<Response> => {
    try {
      if (operation.method !== "get") assertStaffWrite(request);
      const actor = authorize(await requireActor(), operation.policy);
      const input = await readInput(operation, request);
      const id = (await context?.params)?.id ?? "";
      return json(await operation.run(actor, input, id), operation.output.status);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
