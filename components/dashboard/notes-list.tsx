import type { NoteDto } from "@/lib/contracts/staff";
import { formatDateTime, isoString } from "./format";

/** Internal notes, oldest first, each with its author and time. Never shown to the patient. */
export function NotesList({ notes }: { notes: NoteDto[] }) {
  if (notes.length === 0) return <p className="text-slate-800">No notes yet.</p>;
  return (
    <ol className="space-y-3">
      {notes.map((note) => (
        <li key={note.id} className="rounded-md border border-slate-300 bg-white p-3">
          <p className="text-sm text-slate-700">
            <span className="font-semibold text-slate-900">{note.author.name}</span>
            {" · "}
            <time dateTime={isoString(note.createdAt)}>{formatDateTime(note.createdAt)}</time>
          </p>
          <p className="mt-1 break-words whitespace-pre-line text-slate-900">{note.body}</p>
        </li>
      ))}
    </ol>
  );
}
