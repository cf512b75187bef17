"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { TemplateOption } from "./reply-form-values";

type TemplatePickerProps = {
  templates: TemplateOption[];
  current: string | null;
  onApply: (template: TemplateOption) => void;
};

/** Replaces the composer's text with another template (for a different condition, say). */
export function TemplatePicker({ templates, current, onApply }: TemplatePickerProps) {
  const [key, setKey] = useState(current ?? templates[0]?.key ?? "");
  if (templates.length === 0) return null;
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1 space-y-1.5">
        <label htmlFor="reply-template" className="block font-semibold text-slate-900">
          Apply template
        </label>
        <p id="reply-template-hint" className="text-sm text-slate-700">
          Replaces the text in the fields below.
        </p>
        <select
          id="reply-template"
          aria-describedby="reply-template-hint"
          value={key}
          onChange={(e) => setKey(e.target.value)}
          className={inputClass}
        >
          {templates.map((t) => (
            <option key={t.key} value={t.key}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      <Button
        variant="secondary"
        onClick={() => {
          const template = templates.find((t) => t.key === key);
          if (template) onApply(template);
        }}
      >
        Apply
      </Button>
    </div>
  );
}
