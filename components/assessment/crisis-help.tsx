import { buttonClass } from "@/components/ui/button";

type CrisisHelpProps = {
  /** "alert" is announced at once (the wizard's safety answer); "reminder" is quiet page content. */
  variant: "alert" | "reminder";
  id?: string;
};

const link = buttonClass("danger", "no-underline");

/** 911 and 988, one tap away. No hooks: usable from server pages and client steps alike. */
export function CrisisHelp({ variant, id }: CrisisHelpProps) {
  return (
    <div
      id={id}
      role={variant === "alert" ? "alert" : undefined}
      className="rounded-md border-2 border-l-8 border-red-700 bg-red-50 p-4 text-slate-900"
    >
      <p className="text-lg font-semibold">
        If you are in danger now, call 911. You can call or text 988 (Suicide &amp; Crisis Lifeline)
        any time, day or night.
      </p>
      <ul className="mt-3 flex flex-wrap gap-3" aria-label="Get help now">
        <li>
          <a href="tel:911" className={link}>
            Call 911
          </a>
        </li>
        <li>
          <a href="tel:988" className={link}>
            Call 988
          </a>
        </li>
        <li>
          <a href="sms:988" className={link}>
            Text 988
          </a>
        </li>
      </ul>
      {variant === "alert" ? (
        <p className="mt-3">
          Thank you for telling us. This form is not watched around the clock, so please reach out
          to one of these services if you need support now. You can keep going with the assessment
          whenever you are ready.
        </p>
      ) : null}
    </div>
  );
}
