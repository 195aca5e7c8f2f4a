"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";
import { FileImportForm, UrlImportForm } from "./import-forms";

const DRAFT_KEY = "claimdesk:new-article-draft";

interface Draft {
  title: string;
  body: string;
  url: string;
  publisher: string;
  author: string;
  publishedAt: string;
}

const EMPTY: Draft = { title: "", body: "", url: "", publisher: "", author: "", publishedAt: "" };

function loadDraft(): Draft {
  try {
    return { ...EMPTY, ...JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? "{}") };
  } catch {
    return EMPTY;
  }
}

export function NewArticleForm() {
  const trpc = useTRPC();
  const router = useRouter();
  // The pasted text survives a failed save or an accidental reload.
  const [draft, setDraft] = useState<Draft>(EMPTY);
  useEffect(() => setDraft(loadDraft()), []);
  const create = useMutation(
    trpc.article.create.mutationOptions({
      onSuccess(result) {
        window.localStorage.removeItem(DRAFT_KEY);
        router.push(
          `/desk/articles/${result.articleId}${result.status === "duplicate" ? "?duplicate=1" : ""}`,
        );
      },
    }),
  );

  function update(field: keyof Draft, value: string) {
    const next = { ...draft, [field]: value };
    setDraft(next);
    window.localStorage.setItem(DRAFT_KEY, JSON.stringify(next));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({
      title: draft.title,
      body: draft.body,
      url: draft.url,
      publisher: draft.publisher,
      author: draft.author,
      publishedAt: draft.publishedAt ? new Date(draft.publishedAt) : null,
    });
  }

  return (
    <div className="stack">
      <UrlImportForm />
      <FileImportForm onText={(title, body) => setDraft({ ...draft, title: draft.title || title, body })} />
      <form className="form card" onSubmit={submit} aria-labelledby="paste-heading">
        <h2 id="paste-heading">Paste the text</h2>
        <ErrorAlert error={create.error} />
        <div className="field">
          <label htmlFor="title">Headline</label>
          <input
            id="title"
            value={draft.title}
            onChange={(event) => update("title", event.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="body">Article text</label>
          <textarea
            id="body"
            rows={16}
            value={draft.body}
            onChange={(event) => update("body", event.target.value)}
            required
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="url">Original URL</label>
            <input
              id="url"
              type="url"
              value={draft.url}
              onChange={(event) => update("url", event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="publisher">Publisher</label>
            <input
              id="publisher"
              value={draft.publisher}
              onChange={(event) => update("publisher", event.target.value)}
            />
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="author">Author</label>
            <input
              id="author"
              value={draft.author}
              onChange={(event) => update("author", event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="publishedAt">Published on</label>
            <input
              id="publishedAt"
              type="date"
              value={draft.publishedAt}
              onChange={(event) => update("publishedAt", event.target.value)}
            />
          </div>
        </div>
        <div className="actions">
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? "Splitting into claims…" : "Split into claims"}
          </button>
        </div>
      </form>
    </div>
  );
}
