"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ReplyComposer } from "./reply-composer";
import type { ReplyFormValues, TemplateOption } from "./reply-form-values";

type ReplySectionProps = {
  submissionId: string;
  /** The stored draft, if any, else null. */
  draft: { values: ReplyFormValues; savedAt: string } | null;
  /** Where a new reply starts: the suggested template, or the latest sent version for a correction. */
  startingPoint: ReplyFormValues;
  sentCount: number;
  templates: TemplateOption[];
  physicianName: string;
  canWrite: boolean;
};

/**
 * Shows the composer when there is no sent reply yet or a draft exists; after a reply is sent the
 * physician must choose "Write a correction" to start the next version, so nothing is drafted
 * over a sent reply by accident.
 */
export function ReplySection(props: ReplySectionProps) {
  const [correcting, setCorrecting] = useState(false);
  const [sentVersion, setSentVersion] = useState<number | null>(null);
  const open = props.draft !== null || props.sentCount === 0 || correcting;

  return (
    <div className="space-y-4">
      <p role="status" className="text-brand-800 font-semibold">
        {sentVersion
          ? `Version ${sentVersion} was sent. The patient will get an email that it is ready.`
          : null}
      </p>
      {open ? (
        <ReplyComposer
          // Remount only after a send: other refreshes (a note, a status) must not reset typing.
          key={props.sentCount}
          submissionId={props.submissionId}
          initial={props.draft?.values ?? props.startingPoint}
          fromDraft={props.draft !== null}
          savedAt={props.draft?.savedAt ?? null}
          templates={props.templates}
          physicianName={props.physicianName}
          disabled={!props.canWrite}
          onSent={(version) => {
            setSentVersion(version);
            setCorrecting(false);
          }}
        />
      ) : props.canWrite ? (
        <div className="space-y-2">
          <p className="text-slate-800">
            A sent reply cannot be edited. A correction is sent as a new version; the earlier one
            stays on record.
          </p>
          <Button variant="secondary" onClick={() => setCorrecting(true)}>
            Write a correction
          </Button>
        </div>
      ) : null}
    </div>
  );
}
