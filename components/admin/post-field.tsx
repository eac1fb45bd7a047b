import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";

/** The post an officer (or an officer's API token) belongs to; empty for the other roles. */
export function PostField({ posts, defaultValue, errors }: { posts: { id: string; name: string }[]; defaultValue: string; errors?: string[] }) {
  const t = useTranslations();
  return (
    <SelectField
      name="postId"
      label={t("admin.post")}
      hint={t("accounts.postHint")}
      options={posts.map((post) => ({ value: post.id, label: post.name }))}
      placeholder={t("accounts.noPost")}
      defaultValue={defaultValue}
      errors={errors}
    />
  );
}
