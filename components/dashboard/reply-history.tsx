import { ReplyView } from "@/components/reply/reply-view";
import type { ReplyDto } from "@/lib/contracts/staff";
import { formatDateTime, isoString } from "./format";

/** Sent versions, newest first. Each is immutable; older ones stay readable for the record. */
export function ReplyHistory({ replies }: { replies: ReplyDto[] }) {
  if (replies.length === 0) return <p className="text-slate-800">No reply has been sent yet.</p>;
  return (
    <ol className="space-y-4">
      {replies.map((reply, index) => (
        <li key={reply.id}>
          <details open={index === 0} className="rounded-md border border-slate-300 bg-white">
            <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-3 px-4 py-2">
              <span className="font-semibold text-slate-900">Version {reply.version}</span>
              <span className="text-slate-800">
                sent{" "}
                {reply.sentAt ? (
                  <time dateTime={isoString(reply.sentAt)}>{formatDateTime(reply.sentAt)}</time>
                ) : (
                  "(time unknown)"
                )}{" "}
                by {reply.author.name}
              </span>
              <span className="text-sm text-slate-700">
                {reply.viewedAt
                  ? `Read by the patient ${formatDateTime(reply.viewedAt)}`
                  : "Not yet read by the patient"}
              </span>
              {index > 0 ? <span className="text-sm text-slate-700">(superseded)</span> : null}
            </summary>
            <div className="border-t border-slate-200 p-4">
              <ReplyView
                {...reply}
                physicianName={reply.author.name}
                level={3}
                idPrefix={`reply-v${reply.version}`}
              />
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
