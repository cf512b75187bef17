import "server-only";
import { HttpError } from "./errors";

/**
 * Reads a JSON request body with a hard byte limit. The limit is enforced while streaming, so a
 * client that lies about (or omits) Content-Length still cannot make the server buffer more.
 */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  assertJsonBody(request);

  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  if (text.trim() === "") throw unreadable("The request body is empty.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw unreadable("The request body is not valid JSON.");
  }
}

/** application/json or a +json type (application/merge-patch+json…), with or without parameters. */
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** 415 unless the request says its body is JSON (which an HTML form can never send). */
export function assertJsonBody(request: Request): void {
  if (!JSON_TYPE.test(request.headers.get("content-type") ?? ""))
    throw new HttpError(415, "unsupported_media_type", "Send the body as application/json.");
}

/**
 * Reads a small urlencoded HTML form (the patient pages' POSTs); null when it is not one or is
 * larger than `maxBytes`, which a form of ours never is.
 */
export async function readSmallForm(
  request: Request,
  maxBytes: number,
): Promise<URLSearchParams | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!(request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded"))
    return null;
  const text = await request.text();
  return text.length > maxBytes ? null : new URLSearchParams(text);
}

/** A text field of a submitted form; "" when it is missing or a file. */
export function formText(form: FormData | URLSearchParams, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** An unreadable body is a validation error of the whole body: one 400 shape for every bad input. */
function unreadable(message: string): HttpError {
  return new HttpError(400, "validation", message, { _root: message });
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(
    413,
    "payload_too_large",
    `The request body must be at most ${maxBytes / 1024} KB.`,
  );
}
