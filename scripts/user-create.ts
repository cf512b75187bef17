// npm run user:create -- --email E --name N --role ADMIN|PHYSICIAN [--password-stdin]
// Creates a staff account against DATABASE_URL. The password is asked for on the terminal (not
// echoed, typed twice) or read from stdin with --password-stdin; it is never printed or logged.
// Runs in plain Node, so it uses its own Prisma client instead of the server-only lib/db.
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { parseStaffUser, prepareNewUser } from "@/lib/auth/new-user";
import { ValidationError } from "@/lib/dal/errors";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

const USAGE =
  "Usage: npm run user:create -- --email <email> --name <name> --role ADMIN|PHYSICIAN [--password-stdin]";

class CliError extends Error {}

function readArgs() {
  try {
    return parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        "password-stdin": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // Only the final line break belongs to `echo`/here-strings, not to the password.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Reads one line from the terminal in raw mode, echoing nothing. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener("data", onData);
      process.stdout.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n") return done();
        if (char === "\u0003" || char === "\u0004") return done(new CliError("Cancelled."));
        if (char === "\u007f" || char === "\b") value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on("data", onData);
  });
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readStdin();
  if (!process.stdin.isTTY) {
    throw new CliError("No terminal to ask for the password: pipe it in with --password-stdin.");
  }
  const first = await promptHidden("Password (not shown): ");
  const again = await promptHidden("Repeat the password: ");
  if (first !== again) throw new CliError("The passwords do not match.");
  return first;
}

async function main(): Promise<void> {
  const args = readArgs();
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new CliError("DATABASE_URL is not set: point it at the app's Postgres database.");
  const missing = (["email", "name", "role"] as const).filter((k) => !args[k]);
  if (missing.length > 0) throw new CliError(`Missing --${missing.join(", --")}.\n${USAGE}`);

  const fields = { email: args.email, name: args.name, role: args.role?.toUpperCase() };
  // Validate the fields before asking for a password, so a typo does not cost a prompt.
  parseStaffUser(fields);
  const row = await prepareNewUser(fields, await readPassword(args["password-stdin"]));

  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
  try {
    const user = await client.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: row,
        select: { id: true, email: true, role: true },
      });
      await tx.auditEvent.create({
        data: {
          action: "user.create",
          subjectType: "user",
          subjectId: created.id,
          details: { role: created.role, source: "cli" },
        },
      });
      return created;
    });
    console.log(`Created ${user.role} account ${user.email} (id ${user.id}).`);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new CliError(`An account with the email ${row.email} already exists.`);
    }
    throw error;
  } finally {
    await client.$disconnect();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ValidationError) {
    for (const [field, message] of Object.entries(error.fields))
      console.error(`--${field}: ${message}`);
  } else if (error instanceof CliError) {
    console.error(error.message);
  } else {
    console.error(
      `Could not create the account: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  process.exit(1);
});
