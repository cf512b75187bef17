import { pbkdf2Sync } from "node:crypto";
import { solveChallenge, type Challenge, type DeriveKeyFunction } from "altcha-lib";

// What an API client does when the server runs with PUBLIC_FORM_PROOF_OF_WORK=on: fetch a challenge
// from GET /api/assessments/challenge, solve it with altcha-lib, send the payload as `altcha`.

/** PBKDF2 in-thread: one solve is a few thousand short derivations, cheaper without the pool hop. */
const deriveKey: DeriveKeyFunction = async (parameters, salt, password) => ({
  derivedKey: new Uint8Array(
    pbkdf2Sync(password, salt, parameters.cost, parameters.keyLength, "sha256"),
  ),
});

/** The base64 `altcha` field for a solved challenge, as the widget would send it. */
export async function solvePayload(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("challenge not solved in time");
  const { parameters, signature } = challenge;
  return Buffer.from(JSON.stringify({ challenge: { parameters, signature }, solution })).toString(
    "base64",
  );
}
