import type { Ref } from "react";
import { HONEYPOT_FIELD } from "@/lib/abuse/honeypot";

/**
 * A field for bots only (lib/abuse/honeypot.ts): moved off-screen rather than display:none (which
 * form-filling bots skip), out of the tab order and the accessibility tree, never autofilled. A
 * person never sees it; anything typed into it makes the server refuse the submission.
 */
export function Honeypot({ inputRef }: { inputRef: Ref<HTMLInputElement> }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor="assessment-website">Leave this field empty</label>
      <input
        ref={inputRef}
        id="assessment-website"
        name={HONEYPOT_FIELD}
        type="text"
        tabIndex={-1}
        autoComplete="off"
        defaultValue=""
      />
    </div>
  );
}
