import { newChallenge } from "@/lib/abuse/proof-of-work";
import { errorResponse, json } from "@/lib/http/errors";

// Every response is a new random challenge: never cached, never prerendered.
export const dynamic = "force-dynamic";

// GET /api/assessments/challenge — a signed ALTCHA proof-of-work challenge for one submission
export async function GET(): Promise<Response> {
  try {
    return json(await newChallenge());
  } catch (error) {
    return errorResponse(error);
  }
}
