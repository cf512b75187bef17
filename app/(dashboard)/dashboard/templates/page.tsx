import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { canEditTemplates } from "@/lib/authorization";
import { listTemplates } from "@/lib/dal/templates";
import { formatDateTime, isoString } from "@/components/dashboard/format";
import { TableScroll, tdClass, thClass } from "@/components/dashboard/table-scroll";
import { likelihoods } from "@/components/reply/likelihood";
import { Alert } from "@/components/ui/alert";
import { TemplateForm } from "./_components/template-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Templates" };

type TemplatesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TemplatesPage({ searchParams }: TemplatesPageProps) {
  const actor = await getActor();
  if (!actor) redirect("/login?next=/dashboard/templates");

  const templates = await listTemplates(actor);
  const { edit } = await searchParams;
  const selected = templates.find((t) => t.key === (Array.isArray(edit) ? edit[0] : edit));
  const canEdit = canEditTemplates(actor);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">Reply templates</h1>
      <p className="max-w-3xl text-slate-800">
        A reply starts from the template for the patient&apos;s condition (or the default one). When
        a submission has flags, their reasons are added to the special considerations.
      </p>
      {canEdit ? null : (
        <Alert tone="info" title="Only physicians edit templates">
          <p>You can read the templates here.</p>
        </Alert>
      )}

      {selected ? (
        <section
          aria-labelledby="template-editor-title"
          className="space-y-4 rounded-md border border-slate-300 bg-white p-4 sm:p-6"
        >
          <h2 id="template-editor-title" className="text-xl font-semibold text-slate-900">
            {canEdit ? "Edit" : "View"}: {selected.title}
          </h2>
          <TemplateForm
            key={`${selected.key}-${selected.updatedAt}`}
            templateKey={selected.key}
            initial={{
              title: selected.title,
              likelihood: selected.likelihood,
              benefits: selected.benefits,
              timeline: selected.timeline,
              considerations: selected.considerations,
              message: selected.message,
            }}
            disabled={!canEdit}
          />
          <p>
            <Link
              href="/dashboard/templates"
              className="text-brand-700 hover:text-brand-800 underline underline-offset-4"
            >
              Close the editor
            </Link>
          </p>
        </section>
      ) : null}

      <TableScroll label="Reply templates">
        <table className="w-full min-w-[36rem] border-collapse">
          <caption className="px-3 py-2 text-left text-sm text-slate-700">
            One template per condition, plus a default
          </caption>
          <thead className="border-b border-slate-300 bg-slate-100">
            <tr>
              <th scope="col" className={thClass}>
                Template
              </th>
              <th scope="col" className={thClass}>
                Starting likelihood
              </th>
              <th scope="col" className={thClass}>
                Last changed
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.map((t) => (
              <tr key={t.key} className="border-b border-slate-200 last:border-0">
                <th scope="row" className={`${tdClass} text-left font-normal`}>
                  <Link
                    href={`/dashboard/templates?edit=${t.key}`}
                    aria-current={selected?.key === t.key ? "true" : undefined}
                    className="text-brand-700 hover:text-brand-800 font-semibold underline underline-offset-2"
                  >
                    {t.title}
                  </Link>
                </th>
                <td className={tdClass}>{likelihoods[t.likelihood].label}</td>
                <td className={tdClass}>
                  <time dateTime={isoString(t.updatedAt)}>{formatDateTime(t.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
