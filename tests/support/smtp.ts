import { createServer } from "node:net";
import { SMTPServer } from "smtp-server";

// A real SMTP peer on loopback for the mail tests (the `smtp-server` package), plus just enough
// MIME decoding to read what nodemailer sent: multipart bodies, quoted-printable and base64.

export type ReceivedEmail = {
  to: string[];
  from: string;
  raw: string;
  headers: Record<string, string>;
  subject: string;
  messageId: string;
  text: string;
  html: string;
};

export type TestSmtpServer = {
  url: string;
  port: number;
  received: ReceivedEmail[];
  /** Answers the next `n` messages with a temporary failure (451) instead of accepting them. */
  rejectNext: (n: number) => void;
  /**
   * Holds every message from now on after its data arrives and before the server answers, as a
   * slow or stalled server does. `arrived` settles when the first held message is in; `release`
   * answers all of them (accepted, unless rejectNext says otherwise) and stops holding.
   */
  hold: () => { arrived: Promise<void>; release: () => void };
  close: () => Promise<void>;
};

/** A port nothing listens on right now (so a connection is refused until a server takes it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(),
      );
    });
  });
}

export async function startSmtpServer(port = 0): Promise<TestSmtpServer> {
  const received: ReceivedEmail[] = [];
  let rejections = 0;
  let gate: { arrived: () => void; released: Promise<void> } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        if (gate) {
          gate.arrived();
          await gate.released;
        }
        if (rejections > 0) {
          rejections--;
          const error = new Error("Mailbox temporarily unavailable") as Error & {
            responseCode: number;
          };
          error.responseCode = 451;
          return callback(error);
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({
          ...parseMessage(raw),
          raw,
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    received,
    rejectNext: (n) => (rejections = n),
    hold: () => {
      let arrived!: () => void;
      let release!: () => void;
      const arrivedPromise = new Promise<void>((r) => (arrived = r));
      const released = new Promise<void>((r) => (release = r));
      gate = { arrived, released };
      return {
        arrived: arrivedPromise,
        release: () => {
          gate = null;
          release();
        },
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return headers;
}

function decodeBody(body: string, encoding = ""): string {
  if (/base64/i.test(encoding))
    return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/quoted-printable/i.test(encoding)) {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** Splits one MIME entity into headers and decoded text/plain and text/html parts. */
function parseMessage(raw: string): Omit<ReceivedEmail, "raw" | "from" | "to"> {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = parseHeaders(raw.slice(0, split));
  const parts = { text: "", html: "" };
  const walk = (entityHeaders: Record<string, string>, body: string) => {
    const type = entityHeaders["content-type"] ?? "text/plain";
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (boundary) {
      for (const part of body.split(`--${boundary}`).slice(1)) {
        if (part.startsWith("--")) break;
        const at = part.search(/\r?\n\r?\n/);
        walk(parseHeaders(part.slice(0, at)), part.slice(at).replace(/^\r?\n\r?\n/, ""));
      }
      return;
    }
    const decoded = decodeBody(body, entityHeaders["content-transfer-encoding"]);
    if (type.startsWith("text/html")) parts.html += decoded;
    else if (type.startsWith("text/plain")) parts.text += decoded;
  };
  walk(headers, raw.slice(split).replace(/^\r?\n\r?\n/, ""));
  return {
    headers,
    subject: headers.subject ?? "",
    messageId: headers["message-id"] ?? "",
    ...parts,
  };
}
