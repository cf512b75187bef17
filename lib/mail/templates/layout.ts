import { practice } from "@/lib/config";

// Every email is a short list of blocks rendered twice, as plain text and as HTML, so the two
// versions cannot drift apart and every piece of text passes through one escaping function.

export type Block = { p: string } | { link: string; label: string };

export type RenderedEmail = { subject: string; text: string; html: string };

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c]!);
}

/** The practice's signature, the same on every message. */
function footer(): Block[] {
  return [
    { p: `${practice.name} · ${practice.contact.phone} · ${practice.contact.email}` },
    { p: "This is an automated message; replies to it are not read." },
  ];
}

function toText(blocks: Block[]): string {
  return blocks.map((b) => ("p" in b ? b.p : `${b.label}:\n${b.link}`)).join("\n\n") + "\n";
}

function toHtml(subject: string, blocks: Block[]): string {
  const body = blocks
    .map((b) =>
      "p" in b
        ? `<p style="margin:0 0 16px">${escapeHtml(b.p)}</p>`
        : `<p style="margin:0 0 16px"><a href="${escapeHtml(b.link)}" style="color:#1d4ed8;font-weight:600">${escapeHtml(b.label)}</a><br><span style="font-size:13px;color:#475569;word-break:break-all">${escapeHtml(b.link)}</span></p>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#0f172a">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #cbd5e1;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;font-weight:600;color:#1e3a8a">${escapeHtml(practice.name)}</p>
${body}
</div>
</body>
</html>
`;
}

export function render(subject: string, blocks: Block[]): RenderedEmail {
  const all = [...blocks, ...footer()];
  return { subject, text: toText(all), html: toHtml(subject, all) };
}

/**
 * "Hello," and never a name: whatever a submitter typed could turn the practice's own mail server
 * into a sender of someone else's message ("Hello Your prescription is on hold, pay at …").
 */
export function greeting(): Block {
  return { p: "Hello," };
}
