import Link from "next/link";
import type { SubmissionStatus } from "@/lib/contracts/staff";
import { notFound, redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { canChangeStatus, canWriteReply } from "@/lib/authorization";
import { practice } from "@/lib/config";
import { NotFoundError } from "@/lib/dal/errors";
import { getSubmission } from "@/lib/dal/submission-detail";
import { adaptTemplate, listTemplates } from "@/lib/dal/templates";
import { AnswersByStep } from "@/components/dashboard/answers";
import { OverdueBadge, StatusBadge, statusLabels } from "@/components/dashboard/badges";
import { FlagList } from "@/components/dashboard/flag-list";
import { formatDateTime, isoString } from "@/components/dashboard/format";
import { NotesList } from "@/components/dashboard/notes-list";
import { ReplyHistory } from "@/components/dashboard/reply-history";
import { acknowledgeCrisisAction, addNoteAction, changeStatusAction } from "./actions";
import { CrisisNotice } from "./_components/crisis-notice";
import { NoteForm } from "./_components/note-form";
import { ReplySection } from "./_components/reply-section";
import { StatusForm } from "./_components/status-form";
import { startingPoint } from "./_components/starting-point";

export const dynamic = "force-dynamic";
export const metadata = { title: "Submission" };

type SubmissionPageProps = { params: Promise<{ id: string }> };

const sectionClass = "space-y-3";
const h2Class = "text-xl font-semibold text-slate-900";

export default async function SubmissionPage({ params }: SubmissionPageProps) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(`/dashboard/submissions/${id}`)}`);

  const submission = await getSubmission(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const canWrite = canWriteReply(actor);
  // Every template the physician may apply is already adapted to this patient's flags, so applying
  // one never drops the patient sentences or offers a visit the flags rule out.
  const templates = canWrite
    ? (await listTemplates(actor)).map((t) => adaptTemplate(t, submission.flags))
    : [];
  const about = submission.answers.about;
  const status = submission.status as SubmissionStatus;
  const statusOptions = (Object.keys(statusLabels) as SubmissionStatus[]).filter((to) =>
    canChangeStatus(actor, status, to),
  );
  const draft = submission.draft;

  return (
    <div className="space-y-6">
      <p>
        <Link
          href="/dashboard"
          className="text-brand-700 hover:text-brand-800 underline underline-offset-4"
        >
          ← Back to the queue
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-slate-900">
          <span className="font-mono">{submission.reference}</span>
          <span className="text-slate-700"> · </span>
          {about.firstName} {about.lastName}
        </h1>
        <div className="flex flex-wrap items-center gap-2 text-slate-800">
          <StatusBadge status={status} />
          {submission.overdue ? <OverdueBadge /> : null}
          <span>
            Received{" "}
            <time dateTime={isoString(submission.createdAt)}>
              {formatDateTime(submission.createdAt)}
            </time>
          </span>
          <span>· Priority {submission.priority}</span>
        </div>
      </header>
      {submission.crisis ? (
        <CrisisNotice
          acknowledged={
            submission.crisis.acknowledgedAt
              ? {
                  at: formatDateTime(submission.crisis.acknowledgedAt),
                  by: submission.crisis.acknowledgedBy,
                }
              : null
          }
          action={acknowledgeCrisisAction.bind(null, submission.id)}
        />
      ) : null}

      <div className="grid gap-8 lg:grid-cols-3">
        <div className="min-w-0 space-y-8 lg:col-span-2">
          <section aria-labelledby="flags-title" className={sectionClass}>
            <h2 id="flags-title" className={h2Class}>
              Flags
            </h2>
            <FlagList flags={submission.flags} />
          </section>
          <section aria-labelledby="answers-title" className={sectionClass}>
            <h2 id="answers-title" className={h2Class}>
              Answers
            </h2>
            <AnswersByStep answers={submission.answers} />
          </section>
          <section aria-labelledby="reply-title" className={sectionClass}>
            <h2 id="reply-title" className={h2Class}>
              Reply
            </h2>
            <ReplyHistory replies={submission.replies} />
            <ReplySection
              submissionId={submission.id}
              draft={
                draft
                  ? {
                      values: startingPoint(draft),
                      savedAt: new Date(draft.updatedAt).toISOString(),
                    }
                  : null
              }
              startingPoint={startingPoint(submission.replies[0] ?? submission.suggestedTemplate)}
              sentCount={submission.replies.length}
              templates={templates}
              physicianName={actor.role === "PHYSICIAN" ? actor.name : practice.physician.name}
              canWrite={canWrite}
            />
          </section>
        </div>

        <aside className="min-w-0 space-y-8" aria-label="Status and notes">
          <section aria-labelledby="status-title" className={sectionClass}>
            <h2 id="status-title" className={h2Class}>
              Status
            </h2>
            <StatusForm
              current={status}
              options={statusOptions}
              action={changeStatusAction.bind(null, submission.id)}
            />
          </section>
          <section aria-labelledby="notes-title" className={sectionClass}>
            <h2 id="notes-title" className={h2Class}>
              Internal notes
            </h2>
            <NotesList notes={submission.notes} />
            <NoteForm action={addNoteAction.bind(null, submission.id)} />
          </section>
        </aside>
      </div>
    </div>
  );
}
