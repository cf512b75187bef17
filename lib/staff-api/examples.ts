// Example payloads of the staff API's OpenAPI document (synthetic people, not real patients).

export const exampleId = "3f0c1d7e-8a4b-4c2d-9e1f-5a6b7c8d9e0f";
export const author = { id: "9b2f6c1e-3d4a-4b5c-8d7e-6f5a4b3c2d1e", name: "Dr. Maya Patel, MD" };
const at = "2026-11-26T15:04:05.000Z";

export const replyExample = {
  likelihood: "POSSIBLY",
  benefits: "Small trials found less pain and better sleep for some people with fibromyalgia.",
  timeline: "People who benefit usually notice a change within 8–12 weeks.",
  considerations: "Naltrexone blocks opioid pain medicines: you cannot take both.",
  message:
    "Thank you for your answers. This reply is my opinion on whether a consultation is worthwhile; it is not a prescription.",
  templateKey: "fibromyalgia",
};
export const replyDto = (status: "DRAFT" | "SENT") => ({
  id: "5d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a",
  version: 1,
  status,
  ...replyExample,
  sentAt: status === "SENT" ? at : null,
  viewedAt: null,
  updatedAt: at,
  author,
});
export const noteExample = {
  id: "0e1d2c3b-4a59-4687-9a1b-2c3d4e5f6a7b",
  body: "Asked the patient to send recent liver tests.",
  createdAt: at,
  author,
};
export const queuePage = {
  items: [
    {
      id: exampleId,
      reference: "LDN-7KQ4-M2XD",
      firstName: "Jordan",
      lastName: "Rivera",
      email: "jordan.rivera@example.com",
      primaryCondition: "fibromyalgia",
      flags: ["thyroid_medication"],
      priority: 20,
      status: "NEW",
      createdAt: "2026-11-25T18:00:00.000Z",
      overdue: false,
    },
  ],
  nextCursor: null,
  counts: { NEW: 1, IN_REVIEW: 0, REPLIED: 0, ARCHIVED: 0 },
  cappedCounts: [],
};
export const auditPage = {
  items: [
    {
      id: "42",
      at,
      actorId: author.id,
      actorEmail: "maya@clinic.example",
      action: "submission.view",
      subjectType: "submission",
      subjectId: exampleId,
      ip: null,
      details: null,
    },
  ],
  nextCursor: null,
};
