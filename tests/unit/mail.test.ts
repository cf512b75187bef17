import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env-schema";
import { backoffMs, MAX_DELAY_MS } from "@/lib/mail/backoff";
import { describeError } from "@/lib/mail/transport";
import { renderEmail } from "@/lib/mail/templates";

const base = { DATABASE_URL: "postgresql://localhost/x", AUTH_SECRET: "s".repeat(40) };

describe("mail settings", () => {
  it("default to the dev mailbox in development and SMTP once SMTP_URL is set", () => {
    expect(parseEnv({ ...base, NODE_ENV: "development" }).MAIL_TRANSPORT).toBe("dev");
    expect(
      parseEnv({ ...base, NODE_ENV: "development", SMTP_URL: "smtp://127.0.0.1:2525" })
        .MAIL_TRANSPORT,
    ).toBe("smtp");
  });

  it("link to this machine on the port the app listens on when APP_URL is unset", () => {
    expect(parseEnv({ ...base, NODE_ENV: "development" }).APP_URL).toBe("http://localhost:3000");
    expect(parseEnv({ ...base, NODE_ENV: "development", PORT: "4100" }).APP_URL).toBe(
      "http://localhost:4100",
    );
    expect(
      parseEnv({ ...base, NODE_ENV: "development", PORT: "4100", APP_URL: "http://ldn.test" })
        .APP_URL,
    ).toBe("http://ldn.test");
  });

  it("refuse a production server that would lose mail or send localhost links", () => {
    expect(() => parseEnv({ ...base, NODE_ENV: "production" })).toThrow(/SMTP_URL is required/);
    expect(() =>
      parseEnv({ ...base, NODE_ENV: "production", SMTP_URL: "smtp://mail.example.com" }),
    ).toThrow(/APP_URL is required/);
    expect(() => parseEnv({ ...base, NODE_ENV: "production", MAIL_TRANSPORT: "dev" })).toThrow(
      /MAIL_TRANSPORT=dev is not allowed/,
    );
    const ok = parseEnv({
      ...base,
      NODE_ENV: "production",
      SMTP_URL: "smtps://u:p@mail.example.com:465",
      APP_URL: "https://intake.example.com/",
    });
    expect(ok).toMatchObject({ MAIL_TRANSPORT: "smtp", APP_URL: "https://intake.example.com" });
    expect(parseEnv({ ...base, NODE_ENV: "production", MAIL_TRANSPORT: "disabled" })).toMatchObject(
      { MAIL_TRANSPORT: "disabled" },
    );
  });
});

describe("backoff", () => {
  it("doubles from 30 s per attempt, capped at an hour, with ±20 % jitter", () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, () => 0.5))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(backoffMs(30, () => 0.5)).toBe(MAX_DELAY_MS);
    expect(backoffMs(1, () => 0)).toBe(24_000);
    expect(backoffMs(1, () => 1)).toBe(36_000);
  });
});

describe("describeError", () => {
  it("keeps the SMTP code and response but blanks any address the server echoed", () => {
    const error = Object.assign(new Error("Can't send mail"), {
      code: "EENVELOPE",
      responseCode: 550,
      response: "550 5.1.1 <jordan.rivera@example.com>: Recipient address rejected",
    });
    const text = describeError(error);
    expect(text).toBe("EENVELOPE 550 550 5.1.1 <[address]>: Recipient address rejected");
  });
});

describe("templates", () => {
  const token = "T".repeat(43);
  it("build every link from APP_URL and put the same content in text and HTML", () => {
    const mail = renderEmail("fresh_link", { token }, "https://x.example");
    expect(mail.text).toContain(`https://x.example/r/${token}`);
    expect(mail.html).toContain(`href="https://x.example/r/${token}"`);
    expect(mail.text).toContain("Hello,");
    expect(mail.html).toContain("Hello,");
  });

  it("greet without a name, even for a row queued when payloads still carried one", () => {
    const injected = "Your prescription is on hold. Pay the fee at evil-pharmacy.example";
    for (const kind of ["submission_received", "reply_ready", "fresh_link"]) {
      const mail = renderEmail(
        kind,
        { reference: "LDN-7KQ4-M2XD", firstName: injected, token },
        "https://x.example",
      );
      expect(mail.text).toMatch(/^Hello,$/m);
      for (const part of [mail.subject, mail.text, mail.html])
        expect(part).not.toContain("evil-pharmacy");
    }
  });

  it("refuse a payload that does not fit its kind", () => {
    expect(() => renderEmail("reply_ready", { token }, "https://x.example")).toThrow(/payload/);
    expect(() => renderEmail("newsletter", {}, "https://x.example")).toThrow(/unknown kind/);
  });
});
