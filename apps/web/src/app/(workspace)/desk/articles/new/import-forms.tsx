"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";

function useOpenArticle() {
  const router = useRouter();
  return (result: { articleId: string; status: "created" | "duplicate" | "changed" }) =>
    router.push(
      `/desk/articles/${result.articleId}${result.status === "created" ? "" : `?${result.status}=1`}`,
    );
}

/** Fetches a page by its address; the server refuses private addresses and oversized pages. */
export function UrlImportForm() {
  const trpc = useTRPC();
  const open = useOpenArticle();
  const [url, setUrl] = useState("");
  const fromUrl = useMutation(trpc.article.createFromUrl.mutationOptions({ onSuccess: open }));

  function submit(event: FormEvent) {
    event.preventDefault();
    fromUrl.mutate({ url: url.trim() });
  }

  return (
    <form className="form card" onSubmit={submit} aria-labelledby="from-url-heading">
      <h2 id="from-url-heading">From a link</h2>
      <ErrorAlert error={fromUrl.error} />
      <div className="field">
        <label htmlFor="article-url">Article address</label>
        <input
          id="article-url"
          type="url"
          placeholder="https://"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          required
        />
      </div>
      <div>
        <button type="submit" disabled={fromUrl.isPending || url.trim() === ""}>
          {fromUrl.isPending ? "Fetching and splitting…" : "Fetch article"}
        </button>
      </div>
    </form>
  );
}

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Saved pages (.html) and Word documents are extracted on the server; a text file fills the paste form. */
export function FileImportForm({ onText }: { onText: (title: string, body: string) => void }) {
  const trpc = useTRPC();
  const open = useOpenArticle();
  const [problem, setProblem] = useState<string | null>(null);
  const fromHtml = useMutation(trpc.article.createFromHtml.mutationOptions({ onSuccess: open }));
  const fromDocx = useMutation(trpc.article.createFromDocx.mutationOptions({ onSuccess: open }));

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    setProblem(null);
    const file = event.target.files?.[0];
    if (!file) return;
    const name = file.name.toLowerCase();
    if (name.endsWith(".docx")) {
      fromDocx.mutate({ base64: await toBase64(file) });
      return;
    }
    const text = await file.text();
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      fromHtml.mutate({ html: text });
    } else if (name.endsWith(".txt") || file.type === "text/plain") {
      const [first = "", ...rest] = text.trim().split("\n");
      onText(first.trim().slice(0, 200), rest.join("\n").trim() || text);
    } else {
      setProblem("Choose a saved web page (.html), a Word document (.docx) or a text file (.txt).");
    }
  }

  return (
    <div className="form card">
      <h2 id="from-file-heading">From a file</h2>
      <ErrorAlert error={fromHtml.error ?? fromDocx.error} />
      {problem ? (
        <p className="alert alert--error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="article-file">Saved page (.html), Word document (.docx) or text file (.txt)</label>
        <input
          id="article-file"
          type="file"
          accept=".html,.htm,.txt,.docx,text/html,text/plain"
          onChange={pick}
        />
        {fromHtml.isPending || fromDocx.isPending ? (
          <span className="hint">Extracting the article…</span>
        ) : null}
      </div>
    </div>
  );
}
