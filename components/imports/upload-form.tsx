"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { InputField, SelectField, Checkbox } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";
import { Notice } from "@/components/ui/notice";

type Progress = { busy: boolean; percent: number | null; state: FormState };

/**
 * The upload: sent as it is (multipart, streamed by the server into the import's storage) with a
 * progress of its own, then the import's page takes over. The form keeps the choices on a refusal.
 */
export function ImportUploadForm({ posts, maxMegabytes }: { posts: { id: string; name: string }[] | null; maxMegabytes: number }) {
  const t = useTranslations();
  const router = useRouter();
  const [progress, setProgress] = useState<Progress>({ busy: false, percent: null, state: { ok: false } });
  const { state } = progress;
  const errors = (field: string) => state.fieldErrors?.[field]?.map((key) => t(key));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    data.set("dryRun", (form.elements.namedItem("dryRun") as HTMLInputElement).checked ? "true" : "false");
    const request = new XMLHttpRequest();
    request.open("POST", "/imports/upload");
    request.responseType = "json";
    request.upload.onprogress = (e) => e.lengthComputable && setProgress((p) => ({ ...p, percent: Math.floor((100 * e.loaded) / e.total) }));
    request.onload = () => {
      const answer = request.response as (FormState & { id?: string }) | null;
      if (answer?.ok && answer.id) router.push(`/imports/${answer.id}`);
      else setProgress({ busy: false, percent: null, state: answer ?? { ok: false, formError: "imports.upload.failed" } });
    };
    request.onerror = () => setProgress({ busy: false, percent: null, state: { ok: false, formError: "imports.upload.failed" } });
    setProgress({ busy: true, percent: 0, state: { ok: false } });
    request.send(data);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="import-upload">
      {state.formError && state.formError !== "errors.VALIDATION" && (
        <Notice role="alert" tone="error">
          {t(state.formError)}
        </Notice>
      )}
      <InputField
        name="file"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        label={t("imports.upload.file")}
        hint={t("imports.upload.fileHint", { megabytes: maxMegabytes })}
        errors={errors("file")}
        required
      />
      {posts && (
        <SelectField
          name="postId"
          label={t("imports.upload.post")}
          hint={t("imports.upload.postHint")}
          options={[...posts.map((post) => ({ value: post.id, label: post.name })), { value: "all", label: t("imports.upload.allPosts") }]}
          placeholder={t("workers.choose")}
          defaultValue=""
          errors={errors("postId")}
          required
        />
      )}
      <Checkbox name="dryRun" defaultChecked label={t("imports.upload.dryRun")} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={progress.busy}>
          {t("imports.upload.submit")}
        </Button>
        {progress.percent !== null && (
          <span role="status" className="text-sm text-muted-foreground">
            {t("imports.upload.uploading", { percent: progress.percent })}
          </span>
        )}
      </div>
    </form>
  );
}
