import type { Metadata } from "next";
import { NewArticleForm } from "./new-article-form";

export const metadata: Metadata = { title: "New article" };

export default function NewArticlePage() {
  return (
    <div className="narrow">
      <h1>New article</h1>
      <p className="muted">
        Paste the article. ClaimDesk splits it into check-worthy claims with their speakers.
      </p>
      <NewArticleForm />
    </div>
  );
}
