import type { Metadata } from "next";
import { ArticleList } from "./article-list";

export const metadata: Metadata = { title: "Articles" };

export default function ArticlesPage() {
  return <ArticleList />;
}
