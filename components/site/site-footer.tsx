import { licensedStatesLabel, practice } from "@/lib/config";
import { IntentLink } from "./intent-link";

/** Turns a display phone number such as "(512) 555-0142" into a dialable tel: link. */
function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return `tel:${digits.length === 10 ? `+1${digits}` : digits}`;
}

const linkClass = "text-brand-700 underline underline-offset-2 hover:text-brand-800";

/** Site-wide footer for public pages: who runs the practice, where, how to reach it, and the
 *  emergency numbers (a reader in crisis must not have to hunt for them). */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-slate-700">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 sm:grid-cols-2">
        <div className="space-y-2">
          <p className="font-semibold text-slate-900">{practice.name}</p>
          <p>
            {practice.physician.name}
            <br />
            {practice.physician.credentials}
          </p>
          <p>Telemedicine for adults in: {licensedStatesLabel()}</p>
          <p>
            <IntentLink href="/privacy" className={linkClass}>
              Privacy notice
            </IntentLink>
          </p>
        </div>
        <div className="space-y-2">
          <p className="font-semibold text-slate-900">Contact</p>
          <p>
            Email:{" "}
            <a href={`mailto:${practice.contact.email}`} className={`${linkClass} break-all`}>
              {practice.contact.email}
            </a>
          </p>
          <p>
            Phone:{" "}
            <a href={telHref(practice.contact.phone)} className={linkClass}>
              {practice.contact.phone}
            </a>
          </p>
        </div>
        <p className="rounded-md border border-slate-300 bg-white p-4 text-slate-800 sm:col-span-2">
          This site is education, not medical advice. In an emergency call{" "}
          <a href="tel:911" className={`${linkClass} font-semibold`}>
            911
          </a>
          ; in a mental-health crisis call or text{" "}
          <a href="tel:988" className={`${linkClass} font-semibold`}>
            988
          </a>
          .
        </p>
      </div>
    </footer>
  );
}
