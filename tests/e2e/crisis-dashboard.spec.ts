import { expect, test } from "@playwright/test";
import { expectAccessible, query } from "./support";
import {
  assessmentPayload,
  createStaff,
  giveOwnAddress,
  signIn,
  submissionId,
  uniqueName,
  withProofOfWork,
} from "./staff-support";

// A crisis in the patient's own words (their yes/no answer said "no") puts a banner on every
// dashboard page until a member of staff acknowledges it.

test("a crisis stays on every dashboard page until acknowledged, and the acknowledgement is audited", async ({
  page,
  context,
  request,
}) => {
  const firstName = uniqueName("Quilla");
  const payload = assessmentPayload(firstName, uniqueName("Vantrow"), `${firstName}@example.com`);
  payload.symptoms = {
    ...payload.symptoms,
    mainSymptoms: "Pain everywhere. Some days I want to die.",
  };
  const response = await request.post("/api/assessments", {
    data: await withProofOfWork(request, payload),
  });
  expect(response.status(), await response.text()).toBe(201);
  const { reference } = (await response.json()) as { reference: string };
  const id = await submissionId(reference);

  await giveOwnAddress(context);
  const physician = await createStaff("PHYSICIAN");
  await signIn(page, physician.email, physician.password);

  const banner = page.getByRole("region", { name: /crisis answers? needs? attention today/ });
  for (const path of ["/dashboard", "/dashboard/templates"]) {
    await page.goto(path);
    await expect(banner.getByRole("link", { name: reference })).toBeVisible();
  }
  await expectAccessible(page, "a dashboard page with the crisis banner");

  await banner.getByRole("link", { name: reference }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/submissions/${id}$`));
  await expect(page.getByText("Crisis answer: contact this patient today.")).toBeVisible();
  await page.getByRole("button", { name: "Acknowledge" }).click();
  await expect(page.getByText(/Crisis answer acknowledged by Dr\. Morgan Lee/)).toBeVisible();

  await page.goto("/dashboard");
  await expect(page.getByRole("link", { name: reference })).toHaveCount(1); // the queue row only
  await expect(banner.getByRole("link", { name: reference })).toHaveCount(0);
  const events = await query<{ actor_id: string }>(
    "SELECT actor_id FROM audit_event WHERE action = 'crisis.acknowledge' AND subject_id = $1",
    [id],
  );
  expect(events).toEqual([{ actor_id: physician.id }]);
});
