import "server-only";
import {
  countAttempt,
  isThrottled,
  newLinkEmailKey,
  newLinkIpKey,
  patientThrottleRules,
} from "@/lib/dal/patient-throttle";
import { issueReplyLink } from "@/lib/dal/reply-links";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/mail/outbox";
import { hashToken, newToken } from "@/lib/reply-links/token";
import type { NewLinkRequest } from "@/lib/validations/reply-link";

// "Send me a new link". Whoever asks learns nothing: the caller answers the same way whether the
// email and date of birth match a submission, do not match, or the request was throttled. A match
// gets a fresh link by email (to the address on file, so only the patient can use it) for their
// latest submission. Both branches run a token hash and one transaction so their timing stays close.

export async function requestNewLink(
  input: NewLinkRequest,
  ip: string,
  now: Date = new Date(),
): Promise<void> {
  const ipKey = newLinkIpKey(ip);
  const ipBlocked = await isThrottled(ipKey, now);
  await countAttempt(ipKey, patientThrottleRules.newLinkIp, now);

  const email = input.email.trim().toLowerCase();
  const submission = ipBlocked
    ? null
    : await db().submission.findFirst({
        where: { email, dateOfBirth: new Date(`${input.dateOfBirth}T00:00:00Z`) },
        orderBy: { createdAt: "desc" },
        select: { id: true, email: true },
      });

  const emailKey = newLinkEmailKey(email);
  const emailBlocked = await isThrottled(emailKey, now);
  if (!submission || emailBlocked) {
    // Same shape of work as a match, minus the writes.
    hashToken(newToken());
    await db().$transaction(async (tx) => tx.$queryRaw`SELECT 1`);
    return;
  }

  await countAttempt(emailKey, patientThrottleRules.newLinkEmail, now);
  await db().$transaction(async (tx) => {
    const token = await issueReplyLink(tx, submission.id, now);
    await enqueueEmail(tx, {
      kind: "fresh_link",
      to: submission.email,
      payload: { token },
    });
  });
}
