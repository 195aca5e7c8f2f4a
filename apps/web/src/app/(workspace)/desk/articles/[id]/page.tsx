import type { Metadata } from "next";
import { ArticleDetail } from "./article-detail";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ duplicate?: string; changed?: string }>;
}) {
  const [{ id }, { duplicate, changed }] = await Promise.all([params, searchParams]);
  return <ArticleDetail articleId={id} duplicate={duplicate === "1"} changed={changed === "1"} />;
}
